using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed record MoveClauseInput : DraftInput
{
    public string Number { get; init; } = "";
    public string NewNumber { get; init; } = "";
}

public sealed class MoveClauseInputType : InputObjectGraphType<MoveClauseInput>
{
    public MoveClauseInputType()
    {
        Name = "MoveClauseInput";
        Description = "将条款及其下级改号，条款标识不变。Renumber a clause with its subtree; lineages are kept.";
        DraftFields.AddTo(this);
        Field<NonNullGraphType<StringGraphType>>("number").Description("现编号。Current number.");
        Field<NonNullGraphType<StringGraphType>>("newNumber").Description("新编号。New number.");
    }
}
