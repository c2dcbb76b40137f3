using GraphQL.Types;
using Rugao.Graph.Clauses;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class ClauseChangeGraphType : ObjectGraphType<ClauseChange>
{
    public ClauseChangeGraphType()
    {
        Name = "ClauseChange";
        Description = "两个版本中同一条款（同一 lineageId）的变化。The same clause (same lineageId) as it differs between two versions.";
        Field<NonNullGraphType<ClauseGraphType>>("before").Description("旧版本中的条款。The clause in the older version.")
            .Resolve(c => c.Source.Before);
        Field<NonNullGraphType<ClauseGraphType>>("after").Description("新版本中的条款。The clause in the newer version.")
            .Resolve(c => c.Source.After);
        Field<NonNullGraphType<BooleanGraphType>>("renumbered").Description("编号是否改变（如 4.4 → 5.5）。Whether its number changed.")
            .Resolve(c => c.Source.Renumbered);
        Field<NonNullGraphType<BooleanGraphType>>("substantive")
            .Description("是否实质性变化；仅空格、标点、全半角或编号变化时为 false。"
                         + "Whether it changed in substance; false when only spaces, punctuation, character widths or the number changed.")
            .Resolve(c => c.Source.Substantive);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffSegmentGraphType>>>>("heading")
            .Description("标题的逐字差异。Character diff of the heading.")
            .Resolve(c => c.Source.Heading);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffSegmentGraphType>>>>("text")
            .Description("正文的逐字差异。Character diff of the text.")
            .Resolve(c => c.Source.Text);
    }
}
