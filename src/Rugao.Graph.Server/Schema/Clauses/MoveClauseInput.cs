using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class MoveClauseInput : InputObjectGraphType
{
    public MoveClauseInput()
    {
        Name = "MoveClauseInput";
        Description = "将条款及其下级改号，条款标识不变。Renumber a clause with its subtree; lineages are kept.";
        DraftFields.AddTo(this);
        Field<NonNullGraphType<StringGraphType>>("number").Description("现编号。Current number.");
        Field<NonNullGraphType<StringGraphType>>("newNumber").Description("新编号。New number.");
    }
}
