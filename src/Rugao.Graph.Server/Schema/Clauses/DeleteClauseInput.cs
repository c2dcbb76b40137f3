using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed record DeleteClauseInput : DraftInput
{
    public string Number { get; init; } = "";
}

public sealed class DeleteClauseInputType : InputObjectGraphType<DeleteClauseInput>
{
    public DeleteClauseInputType()
    {
        Name = "DeleteClauseInput";
        Description = "删除草案中的条款及其下级。Delete a clause of a draft with its subtree.";
        DraftFields.AddTo(this);
        Field<NonNullGraphType<StringGraphType>>("number").Description("条款编号。Clause number.");
    }
}
