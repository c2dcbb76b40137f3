using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>
/// 标准草案 — creates standards as drafts, opens new draft editions of published ones and edits draft metadata. Each
/// edit is one transaction with its change event; nothing is written when there is a user error.
/// </summary>
public sealed partial class StandardDrafts(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<DraftEdit>> CreateAsync(CreateStandardCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new List<UserError>();
        StandardCode? code = null;
        if (string.IsNullOrWhiteSpace(command.Code))
        {
            errors.Add(EditErrors.RequiredAt("code"));
        }
        else if (!StandardCode.TryParse(command.Code, out code, out var problem))
        {
            errors.Add(new ErrorText(ErrorCatalog.InvalidStandardCode.Code, problem).At("code"));
        }
        else if (code.Year is not null)
        {
            errors.Add(ErrorCatalog.CodeHasYear.At("code"));
        }
        else if (await db.Standards.AnyAsync(s => s.CompactKey == code.CompactKey, cancellationToken))
        {
            errors.Add(ErrorCatalog.CodeTaken.With(code).At("code"));
        }

        if (!StandardCodeParser.IsYearInRange(command.Year))
        {
            errors.Add(StandardDraftErrors.YearOutOfRange("year"));
        }

        EditLimits.CheckText(errors, command.Title, EditLimits.ShortText, required: true, "title");
        CheckMetadataTexts(errors, command.TitleEn, command.Ics, command.Ccs, command.IssuedBy, command.DraftingOrganisations);
        EditLimits.CheckText(errors, command.ChangeSummary, EditLimits.LongText, required: false, "changeSummary");
        await CheckReferencesAsync(db, errors, command.DepartmentId, command.SystemNodeId, cancellationToken);
        if (errors.Count > 0 || code is null)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        var now = time.GetUtcNow();
        var standard = new Standard
        {
            Identity = code.Identity,
            CompactKey = code.CompactKey,
            Title = command.Title.Trim(),
            TitleEn = Blank(command.TitleEn),
            Level = command.Level ?? code.Level,
            Nature = command.Nature ?? code.Nature,
            DepartmentId = command.DepartmentId,
            SystemNodeId = command.SystemNodeId,
            Ics = Blank(command.Ics),
            Ccs = Blank(command.Ccs),
            IssuedBy = Blank(command.IssuedBy),
            DraftingOrganisations = Joined(command.DraftingOrganisations),
            CreatedAt = now,
        };
        var draft = NewDraft(standard, code, command.Year, command.ChangeSummary, null, actor, now);
        standard.Versions.Add(draft);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Standards.Add(standard);
        await db.SaveChangesAsync(cancellationToken);
        var change = Event(ChangeKind.Created, standard, draft, actor, now, $"创建标准草案 {draft.Code}。Created the draft {draft.Code}.");
        if (await DraftRows.SaveAsync(db, standard, draft, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, draft));
    }

    public async Task<EditOutcome<DraftEdit>> ReviseAsync(ReviseStandardCommand command, string actor, CancellationToken cancellationToken)
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

        var versions = await db.StandardVersions.Where(v => v.StandardId == standard.Id).ToListAsync(cancellationToken);
        var latest = versions.Where(v => v.IsPublished).MaxBy(v => v.Number);
        var errors = new List<UserError>();
        if (latest is null)
        {
            errors.Add(ErrorCatalog.NotPublishedOnRevise.At("standardId"));
        }
        else if (versions.Any(v => !v.IsPublished))
        {
            errors.Add(ErrorCatalog.DraftExists.At("standardId"));
        }
        else if (standard.AbolishedOn is not null)
        {
            errors.Add(ErrorCatalog.StandardAbolishedOnRevise.At("standardId"));
        }

        if (!StandardCodeParser.IsYearInRange(command.Year))
        {
            errors.Add(StandardDraftErrors.YearOutOfRange("year"));
        }
        else if (latest is not null && command.Year <= versions.Where(v => v.IsPublished).Max(v => v.Year))
        {
            errors.Add(StandardDraftErrors.YearNotAfter(versions.Where(v => v.IsPublished).Max(v => v.Year), "year"));
        }

        EditLimits.CheckText(errors, command.ChangeSummary, EditLimits.LongText, required: false, "changeSummary");
        if (errors.Count > 0 || latest is null)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        var now = time.GetUtcNow();
        var clauses = await db.Clauses.Where(c => c.VersionId == latest.Id).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var draft = NewDraft(standard, StandardCode.Parse(standard.Identity), command.Year, command.ChangeSummary, latest.Id, actor, now);
        draft.Clauses.AddRange(DraftClauseTree.Copy(clauses));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.StandardVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        var change = Event(ChangeKind.Created, standard, draft, actor, now,
            $"开始修订，新版本草案 {draft.Code}。Opened the draft edition {draft.Code}.");
        if (await DraftRows.SaveAsync(db, standard, draft, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, draft));
    }

    private static StandardVersion NewDraft(
        Standard standard, StandardCode code, int year, string? summary, int? baseVersionId, string actor, DateTimeOffset now) => new()
        {
            Standard = standard,
            Kind = StandardVersionKind.Edition,
            Year = year,
            Code = code.WithYear(year).ToString(),
            ChangeSummary = Blank(summary),
            BaseVersionId = baseVersionId,
            CreatedAt = now,
            CreatedBy = actor,
        };

    internal static ChangeEvent Event(
        ChangeKind kind, Standard standard, StandardVersion version, string actor, DateTimeOffset now, string summary,
        string? clauseNumbers = null, DateOnly? effectiveOn = null) => new()
        {
            Kind = kind,
            OccurredAt = now,
            StandardId = standard.Id,
            VersionId = version.Id,
            DepartmentId = standard.DepartmentId,
            ClauseNumbers = clauseNumbers,
            EffectiveOn = effectiveOn,
            Summary = summary,
            Actor = actor,
        };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Joined(IReadOnlyList<string>? names) =>
        names?.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList() is { Count: > 0 } list
            ? string.Join("、", list)
            : null;
}
