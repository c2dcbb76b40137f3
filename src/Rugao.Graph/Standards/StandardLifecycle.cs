using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>
/// 代替与废止 — ends a standard's life, by a successor or by abolition. Status is never stored: it follows from the
/// successor's first effective date and the abolition date (<see cref="StandardStatusRules"/>). One transaction each
/// with its SUPERSEDED or ABOLISHED event.
/// </summary>
public sealed class StandardLifecycle(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<DraftEdit>> SupersedeAsync(SupersedeStandardCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (standard, error) = await LoadAsync(db, command.StandardId, command.ExpectedVersionToken, cancellationToken);
        if (standard is null)
        {
            return error!;
        }

        var successor = await db.Standards.AsTracking().FirstOrDefaultAsync(s => s.Id == command.SuccessorId, cancellationToken);
        if (successor is null)
        {
            return EditErrors.NotFoundAt("代替标准 successor", "successorId");
        }

        var errors = new List<UserError>();
        CheckLive(errors, standard, "standardId");
        if (standard.SupersededById is not null)
        {
            errors.Add(ErrorCatalog.AlreadySuperseded.At("standardId"));
        }

        if (successor.Id == standard.Id)
        {
            errors.Add(ErrorCatalog.SupersedeSelf.At("successorId"));
        }
        else
        {
            CheckLive(errors, successor, "successorId");
            if (await ReachesAsync(db, successor, standard.Id, cancellationToken))
            {
                errors.Add(ErrorCatalog.SupersedeCycle.At("successorId"));
            }
            else if (successor.FirstEffectiveOn <= standard.FirstEffectiveOn)
            {
                errors.Add(ErrorCatalog.SuccessorNotLater.At("successorId"));
            }
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        standard.SupersededById = successor.Id;
        successor.Revision++;
        var on = successor.FirstEffectiveOn;
        return await SaveAsync(db, standard, ChangeKind.Superseded, actor, on,
            $"{standard.Identity} 被 {successor.Identity} 代替，{on:yyyy-MM-dd} 起。{standard.Identity} is superseded by {successor.Identity} from {on:yyyy-MM-dd}.",
            cancellationToken);
    }

    public async Task<EditOutcome<DraftEdit>> AbolishAsync(AbolishStandardCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (standard, error) = await LoadAsync(db, command.StandardId, command.ExpectedVersionToken, cancellationToken);
        if (standard is null)
        {
            return error!;
        }

        var errors = new List<UserError>();
        if (standard.AbolishedOn is not null)
        {
            errors.Add(ErrorCatalog.AlreadyAbolished.At("standardId"));
        }
        else if (!StandardVisibility.IsPublished(standard))
        {
            errors.Add(StandardLifecycleErrors.NeverPublished("standardId"));
        }
        else if (command.AbolishedOn < standard.FirstEffectiveOn)
        {
            errors.Add(ErrorCatalog.AbolishedBeforeEffective.With(standard.FirstEffectiveOn).At("abolishedOn"));
        }

        EditLimits.CheckText(errors, command.Reason, EditLimits.LongText, required: true, "reason");
        if (errors.Count > 0)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        standard.AbolishedOn = command.AbolishedOn;
        standard.AbolitionReason = command.Reason!.Trim();
        return await SaveAsync(db, standard, ChangeKind.Abolished, actor, command.AbolishedOn,
            $"{standard.Identity} 于 {command.AbolishedOn:yyyy-MM-dd} 废止：{standard.AbolitionReason}"
            + $" {standard.Identity} is abolished from {command.AbolishedOn:yyyy-MM-dd}.",
            cancellationToken);
    }

    private static async Task<(Standard? Standard, UserError? Error)> LoadAsync(
        RugaoDbContext db, int id, string? token, CancellationToken cancellationToken)
    {
        var standard = await db.Standards.AsTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (standard is null)
        {
            return (null, EditErrors.NotFoundAt("标准 standard", "standardId"));
        }

        return DraftRows.CheckStandardToken(standard, token) is { } stale ? (null, stale) : (standard, null);
    }

    private static void CheckLive(List<UserError> errors, Standard standard, string field)
    {
        if (!StandardVisibility.IsPublished(standard))
        {
            errors.Add(StandardLifecycleErrors.NeverPublished(field));
        }
        else if (standard.AbolishedOn is not null)
        {
            errors.Add(StandardLifecycleErrors.Abolished(field));
        }
    }

    // Walks the successor's own replacement chain; the chain is acyclic by construction, so it ends.
    private static async Task<bool> ReachesAsync(RugaoDbContext db, Standard from, int target, CancellationToken cancellationToken)
    {
        var next = from.SupersededById;
        while (next is { } id)
        {
            if (id == target)
            {
                return true;
            }

            next = await db.Standards.Where(s => s.Id == id).Select(s => s.SupersededById).FirstOrDefaultAsync(cancellationToken);
        }

        return false;
    }

    private async Task<EditOutcome<DraftEdit>> SaveAsync(
        RugaoDbContext db, Standard standard, ChangeKind kind, string actor, DateOnly? on, string summary, CancellationToken cancellationToken)
    {
        var latest = await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => v.StandardId == standard.Id)
            .OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        // Like the seed's, these events concern the standard as a whole, not one of its versions.
        var change = new ChangeEvent
        {
            Kind = kind, OccurredAt = time.GetUtcNow(), EffectiveOn = on, StandardId = standard.Id,
            DepartmentId = standard.DepartmentId, Summary = summary, Actor = actor,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await DraftRows.SaveAsync(db, standard, null, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, latest));
    }
}
