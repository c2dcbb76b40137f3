using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>
/// 修改单 — publishes an amendment: a new version of the same edition whose clauses are the latest published
/// version's with the changes applied, each clause keeping its lineage. One transaction with the AMENDED event.
/// </summary>
public sealed class StandardAmendments(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<DraftEdit>> AmendAsync(AmendStandardCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var standard = await db.Standards.AsTracking().FirstOrDefaultAsync(s => s.Id == command.StandardId, cancellationToken);
        if (standard is null)
        {
            return EditErrors.NotFoundAt("标准 standard", "standardId");
        }

        if (DraftRows.CheckStandardToken(standard, command.ExpectedVersionToken) is { } stale)
        {
            return stale;
        }

        var published = await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => v.StandardId == standard.Id)
            .ToListAsync(cancellationToken);
        var latest = published.MaxBy(v => v.Number);
        var errors = new List<UserError>();
        if (latest is null)
        {
            errors.Add(StandardLifecycleErrors.NeverPublished("standardId"));
        }
        else if (standard.AbolishedOn is not null)
        {
            errors.Add(StandardLifecycleErrors.Abolished("standardId"));
        }

        CheckDates(errors, command, latest, LocalCalendar.Today(time));
        EditLimits.CheckText(errors, command.Label, EditLimits.ShortText, required: false, "label");
        EditLimits.CheckText(errors, command.ChangeSummary, EditLimits.LongText, required: false, "changeSummary");
        var rows = latest is null ? [] : await db.Clauses.Where(c => c.VersionId == latest.Id).ToListAsync(cancellationToken);
        var tree = DraftClauseTree.Of(rows);
        var changed = AmendmentSheet.Apply(tree, command.Changes, errors);
        if (errors.Count > 0 || latest is null)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        var now = time.GetUtcNow();
        var publishedOn = command.PublishedOn ?? LocalCalendar.Today(time);
        var amendment = new StandardVersion
        {
            StandardId = standard.Id,
            Number = latest.Number + 1,
            Kind = StandardVersionKind.Amendment,
            Year = latest.Year,
            AmendmentNumber = (published.Where(v => v.Year == latest.Year).Max(v => v.AmendmentNumber) ?? 0) + 1,
            Label = Blank(command.Label),
            Code = latest.Code,
            PublishedOn = publishedOn,
            EffectiveFrom = command.EffectiveFrom,
            ChangeSummary = Blank(command.ChangeSummary),
            BaseVersionId = latest.Id,
            CreatedAt = now,
            CreatedBy = actor,
            PublishedAt = now,
            PublishedBy = actor,
        };
        amendment.Clauses.AddRange(AmendmentSheet.Copy(tree.Flatten()));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.StandardVersions.Add(amendment);
        await db.SaveChangesAsync(cancellationToken);
        var numbers = string.Join(' ', changed);
        var change = StandardDrafts.Event(ChangeKind.Amended, standard, amendment, actor, now,
            string.Create(CultureInfo.InvariantCulture,
                $"发布 {amendment.Code} 第{amendment.AmendmentNumber}号修改单（{numbers}），{command.EffectiveFrom:yyyy-MM-dd} 实施。"
                + $"Amendment {amendment.AmendmentNumber} to {amendment.Code} ({numbers}), in force from {command.EffectiveFrom:yyyy-MM-dd}."),
            numbers, command.EffectiveFrom);
        if (await DraftRows.SaveAsync(db, standard, amendment, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, amendment));
    }

    private static void CheckDates(List<UserError> errors, AmendStandardCommand command, StandardVersion? latest, DateOnly today)
    {
        var publishedOn = command.PublishedOn ?? today;
        if (publishedOn > today)
        {
            errors.Add(StandardLifecycleErrors.PublishedInFuture("publishedOn"));
        }

        if (command.EffectiveFrom < publishedOn)
        {
            errors.Add(StandardLifecycleErrors.EffectiveBeforePublished("effectiveFrom"));
        }
        else if (latest?.EffectiveFrom is { } previous && command.EffectiveFrom <= previous)
        {
            errors.Add(StandardLifecycleErrors.EffectiveBeforePrevious(previous, "effectiveFrom"));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
