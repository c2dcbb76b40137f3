using GraphQL.Types;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class ClauseRevisionGraphType : ObjectGraphType<ClauseRevisionView>
{
    public ClauseRevisionGraphType()
    {
        Name = "ClauseRevision";
        Description = "条款的一次修订：自该版本起的条款内容，其后未改动的版本并入其中。"
                      + "One revision of a clause: how it read from this version on, later versions that left it unchanged folded in.";
        Field<NonNullGraphType<StandardVersionGraphType>>("version").Description("该修订首次出现的版本。The version that introduced it.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ClauseGraphType>>("clause").Description("该版本中的条款。The clause in that version.")
            .Resolve(c => c.Source.Revision.Clause);
        Field<NonNullGraphType<CalendarDateGraphType>>("validFrom").Description("生效日期。First day in force.")
            .Resolve(c => c.Source.Revision.ValidFrom);
        Field<CalendarDateGraphType>("validTo")
            .Description("有效期最后一天；仍有效为 null。Last day in force; null while nothing ends it.")
            .Resolve(c => c.Source.Revision.ValidTo);
        Field<NonNullGraphType<BooleanGraphType>>("substantive")
            .Description("与上一修订相比是否有实质性变化；首个修订为 true。Whether it differs in substance from the previous revision; true for the first.")
            .Resolve(c => c.Source.Revision.Substantive);
    }
}
