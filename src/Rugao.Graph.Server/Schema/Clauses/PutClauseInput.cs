using GraphQL.Types;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed record PutClauseInput : DraftInput
{
    public string Number { get; init; } = "";
    public string? Heading { get; init; }
    public string? Text { get; init; }
    public ClauseKind? Kind { get; init; }
    public bool? Normative { get; init; }
    public bool? Mandatory { get; init; }
}

public sealed class PutClauseInputType : InputObjectGraphType<PutClauseInput>
{
    public PutClauseInputType()
    {
        Name = "PutClauseInput";
        Description = "在草案中新增条款或按编号替换其内容（编号按 GB/T 1.1 校验）。Add a clause to a draft, or replace the one with that number (numbering per GB/T 1.1).";
        DraftFields.AddTo(this);
        Field<NonNullGraphType<StringGraphType>>("number").Description("条款编号，如“5.2”“A.1”。Clause number.");
        Field<StringGraphType>("heading").Description("标题；章和附录必填。Heading; required for chapters and appendices.");
        Field<StringGraphType>("text").Description("正文。Text.");
        Field<ClauseKindGraphType>("kind").Description("类型，须与编号相符，默认由编号推断。Kind; must match the number.");
        Field<BooleanGraphType>("normative").Description("是否规范性，默认随上级。Normative; inherited by default.");
        Field<BooleanGraphType>("mandatory").Description("是否强制性条款。Mandatory.");
    }
}
