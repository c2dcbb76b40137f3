using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Clauses;

/// <summary>
/// 草案条款 — puts, renumbers and deletes the numbered clauses of a draft, keeping the tree valid per GB/T 1.1.
/// Each edit is one transaction with its DRAFT_UPDATED event.
/// </summary>
public sealed class DraftClauses(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public Task<EditOutcome<DraftEdit>> PutAsync(PutClauseCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return EditAsync(command.Draft, actor, command.Number, (tree, number, errors) => ClausePut.Apply(tree, number,
            new ClauseContent(command.Heading, command.Text, command.Kind, command.Normative, command.Mandatory), errors),
            cancellationToken);
    }

    public Task<EditOutcome<DraftEdit>> MoveAsync(MoveClauseCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return EditAsync(command.Draft, actor, command.Number, (tree, number, errors) =>
        {
            var moved = tree.Find(number);
            if (moved is null)
            {
                errors.Add(MissingAt(number, "number"));
                return null;
            }

            if (!ClauseNumber.TryParseWithCode(command.NewNumber, out var target, out var problem))
            {
                errors.Add(problem.Value.Describe(command.NewNumber).At("newNumber"));
                return null;
            }

            var deepest = moved.SelfAndDescendants().Max(n => n.Number?.Depth ?? 0);
            if (deepest - number.Depth + target.Depth > ClauseNumber.MaxDepth)
            {
                errors.Add(ErrorCatalog.ClauseTooDeepOnMove.With(target).At("newNumber"));
            }
            else if (target != number && tree.Find(target) is not null)
            {
                errors.Add(ErrorCatalog.ClauseDuplicate.With(target).At("newNumber"));
            }
            else if (moved.SelfAndDescendants().Any(n => n.Number is { } inside && inside == target.Parent))
            {
                errors.Add(ErrorCatalog.ClauseMoveIntoItself.At("newNumber"));
            }
            else if (tree.ParentFor(target) is null)
            {
                errors.Add(ErrorCatalog.ClauseParentMissingOnMove.With(target.Parent).At("newNumber"));
            }

            if (errors.Count > 0)
            {
                return null;
            }

            DraftClauseTree.Detach(moved);
            moved.RenumberTo(target);
            DraftClauseTree.Insert(tree.ParentFor(target)!, moved);
            return moved.Row;
        }, cancellationToken);
    }

    public Task<EditOutcome<DraftEdit>> DeleteAsync(DeleteClauseCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return EditAsync(command.Draft, actor, command.Number, (tree, number, errors) =>
        {
            if (tree.Find(number) is not { } removed)
            {
                errors.Add(MissingAt(number, "number"));
                return null;
            }

            DraftClauseTree.Detach(removed);
            return removed.Row;
        }, cancellationToken);
    }

    private delegate Clause? TreeEdit(DraftClauseTree tree, ClauseNumber number, List<UserError> errors);

    private async Task<EditOutcome<DraftEdit>> EditAsync(
        DraftRef target, string actor, string? numberText, TreeEdit edit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (standard, draft, error) = await DraftRows.LoadAsync(db, target, withClauses: true, cancellationToken);
        if (error is not null || standard is null || draft is null)
        {
            return error!;
        }

        if (!ClauseNumber.TryParseWithCode(numberText, out var number, out var problem))
        {
            return problem.Value.Describe(numberText).At("number");
        }

        var before = draft.Clauses.ToList();
        var tree = DraftClauseTree.Of(before);
        var errors = new List<UserError>();
        var clause = edit(tree, number, errors);
        if (errors.Count > 0 || clause is null)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ParkPositionsAsync(db, before, cancellationToken);
        var after = tree.Flatten();
        var kept = after.ToHashSet();
        db.Clauses.RemoveRange(before.Where(c => !kept.Contains(c)));
        db.Clauses.AddRange(after.Where(c => c.Id == 0));
        foreach (var row in after.Where(c => c.Id == 0))
        {
            row.VersionId = draft.Id;
        }

        var change = StandardDrafts.Event(ChangeKind.DraftUpdated, standard, draft, actor, time.GetUtcNow(),
            $"修改草案 {draft.Code} 的条款 {number}。Changed clause {number} of the draft {draft.Code}.", number.ToString());
        if (await DraftRows.SaveAsync(db, standard, draft, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, draft, clause));
    }

    // Positions are unique per version, so they move out of the way (and removed rows let go of their parents)
    // before the new document order is written.
    private static async Task ParkPositionsAsync(RugaoDbContext db, List<Clause> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            row.Position = -row.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static UserError MissingAt(ClauseNumber number, string field) => ErrorCatalog.ClauseNotFound.With(number).At(field);
}
