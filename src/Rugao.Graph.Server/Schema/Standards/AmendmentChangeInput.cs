using GraphQL.Types;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record AmendmentChangeInput
{
    public string? Number { get; init; }
    public string? Heading { get; init; }
    public string? Text { get; init; }
    public ClauseKind? Kind { get; init; }
    public bool? Normative { get; init; }
    public bool? Mandatory { get; init; }
    public bool? Remove { get; init; }

    public AmendmentChange ToChange() =>
        new(Number, new ClauseContent(Heading, Text, Kind, Normative, Mandatory), Remove ?? false);
}

public sealed class AmendmentChangeInputType : InputObjectGraphType<AmendmentChangeInput>
{
    public AmendmentChangeInputType()
    {
        Name = "AmendmentChangeInput";
        Description = "修改单中的一处修改：按编号新增或替换条款，或删除条款（编号按 GB/T 1.1 校验）。"
            + "One change of an amendment: add or replace the clause with that number, or remove it (numbering per GB/T 1.1).";
        Field<NonNullGraphType<StringGraphType>>("number").Description("条款编号，如“4.1.3”。Clause number.");
        Field<StringGraphType>("heading").Description("新标题；不填则保留。New heading; kept when omitted.");
        Field<StringGraphType>("text").Description("新正文；不填则保留。New text; kept when omitted.");
        Field<ClauseKindGraphType>("kind").Description("类型，须与编号相符。Kind; must match the number.");
        Field<BooleanGraphType>("normative").Description("是否规范性。Normative.");
        Field<BooleanGraphType>("mandatory").Description("是否强制性条款。Mandatory.");
        Field<BooleanGraphType>("remove").Description("为 true 时删除该条款及其下级。True removes the clause with its subtree.");
    }
}
