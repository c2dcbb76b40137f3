using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Statistics;

namespace Rugao.Graph.Server.Schema.Statistics;

public sealed class LevelCountGraphType : ObjectGraphType<LevelCount>
{
    public LevelCountGraphType()
    {
        Name = "LevelCount";
        Description = "某一层级的标准数。The number of standards of one level.";
        Field<NonNullGraphType<StandardLevelGraphType>>("level").Description("标准层级。Level.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("count").Description("标准数。Count.").Resolve(c => c.Source.Count);
    }
}
