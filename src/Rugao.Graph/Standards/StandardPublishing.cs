using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>
/// 发布 — freezes a draft into an immutable published version: it gets its number and dates, and the standard its
/// first effective date the first time. One transaction with the PUBLISHED event.
/// </summary>
public sealed class StandardPublishing(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<DraftEdit>> PublishAsync(PublishStandardVersionCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (standard, draft, error) = await DraftRows.LoadAsync(db, command.Draft, withClauses: false, cancellationToken);
        if (error is not null || standard is null || draft is null)
        {
            return error!;
        }

        var today = LocalCalendar.Today(time);
        var publishedOn = command.PublishedOn ?? today;
        var published = await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => v.StandardId == standard.Id)
            .ToListAsync(cancellationToken);
        var latest = published.MaxBy(v => v.Number);
        var errors = new List<UserError>();
        if (!await db.Clauses.AnyAsync(c => c.VersionId == draft.Id, cancellationToken))
        {
            errors.Add(ErrorCatalog.DraftEmpty.At("draftId"));
        }

        if (standard.AbolishedOn is not null)
        {
            errors.Add(ErrorCatalog.StandardAbolishedOnPublish.At("draftId"));
        }

        if (latest is not null && draft.Year <= published.Max(v => v.Year))
        {
            errors.Add(StandardDraftErrors.YearNotAfter(published.Max(v => v.Year), "draftId"));
        }

        if (publishedOn > today)
        {
            errors.Add(ErrorCatalog.PublishedInFuture.At("publishedOn"));
        }

        if (command.EffectiveFrom < publishedOn)
        {
            errors.Add(ErrorCatalog.EffectiveBeforePublished.At("effectiveFrom"));
        }
        else if (latest?.EffectiveFrom is { } previous && command.EffectiveFrom <= previous)
        {
            errors.Add(ErrorCatalog.EffectiveBeforePrevious.With(previous).At("effectiveFrom"));
        }

        EditLimits.CheckText(errors, command.ChangeSummary, EditLimits.LongText, required: false, "changeSummary");
        if (errors.Count > 0)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        var now = time.GetUtcNow();
        draft.Number = (latest?.Number ?? 0) + 1;
        draft.PublishedOn = publishedOn;
        draft.EffectiveFrom = command.EffectiveFrom;
        draft.ChangeSummary = string.IsNullOrWhiteSpace(command.ChangeSummary) ? draft.ChangeSummary : command.ChangeSummary.Trim();
        draft.PublishedAt = now;
        draft.PublishedBy = actor;
        standard.FirstEffectiveOn ??= command.EffectiveFrom;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var change = StandardDrafts.Event(ChangeKind.Published, standard, draft, actor, now,
            $"发布 {draft.Code}，{command.EffectiveFrom:yyyy-MM-dd} 实施。Published {draft.Code}, in force from {command.EffectiveFrom:yyyy-MM-dd}.",
            effectiveOn: command.EffectiveFrom);
        if (await DraftRows.SaveAsync(db, standard, draft, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, draft));
    }
}
