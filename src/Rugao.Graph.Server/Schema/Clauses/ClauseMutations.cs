using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public static class ClauseMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<PutClauseInputType, PutClauseInput, PutClausePayloadGraphType, DraftEdit>(mutation, "putClause", Role.Editor,
            "在草案中新增或替换条款（编辑及以上）。Add or replace a clause in a draft (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<DraftClauses>().PutAsync(new PutClauseCommand(
                input.Draft, input.Number, input.Heading, input.Text, input.Kind, input.Normative, input.Mandatory),
                actor, c.CancellationToken));
        MutationField.Add<MoveClauseInputType, MoveClauseInput, MoveClausePayloadGraphType, DraftEdit>(mutation, "moveClause", Role.Editor,
            "将草案中的条款及其下级改号（编辑及以上）。Renumber a clause and its subtree in a draft (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<DraftClauses>().MoveAsync(new MoveClauseCommand(
                input.Draft, input.Number, input.NewNumber), actor, c.CancellationToken));
        MutationField.Add<DeleteClauseInputType, DeleteClauseInput, DeleteClausePayloadGraphType, DraftEdit>(mutation, "deleteClause", Role.Editor,
            "删除草案中的条款及其下级（编辑及以上）。Delete a clause and its subtree from a draft (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<DraftClauses>().DeleteAsync(new DeleteClauseCommand(
                input.Draft, input.Number), actor, c.CancellationToken));
    }
}
