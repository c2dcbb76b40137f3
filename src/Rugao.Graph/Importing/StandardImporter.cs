using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Importing;

/// <summary>
/// 导入 — reads a standard from a file into a new draft with its clause tree: a new standard, or, when asked, a new
/// draft edition of an existing one. What cannot be placed is reported and left out; the draft itself always passes
/// the numbering rules. One transaction with its CREATED event; nothing is written when there is a user error.
/// </summary>
public sealed partial class StandardImporter(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<ImportResult>> ImportAsync(ImportCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.FileName))
        {
            return EditErrors.RequiredAt("fileName");
        }

        var (file, readErrors) = ImportFileReader.Read(command);
        if (readErrors.Count > 0 || file is null)
        {
            return EditOutcome.Failed<ImportResult>(readErrors);
        }

        var errors = new List<UserError>();
        var placement = ClausePlacement.Of(file.Clauses);
        if (!placement.Placed.Any(c => c.Number is not null))
        {
            errors.Add(ImportErrors.NothingPlaced());
        }

        var year = command.Year ?? file.Year;
        if (file.Code is null)
        {
            errors.Add(ImportErrors.NoCode());
        }
        else if (year is null)
        {
            errors.Add(ImportErrors.NoYear());
        }
        else if (!StandardCodeParser.IsYearInRange(year.Value))
        {
            errors.Add(StandardDraftErrors.YearOutOfRange(command.Year is null ? "content" : "year"));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = file.Code is null ? null : await TargetAsync(db, command, file, year, errors, cancellationToken);
        var outline = ClauseOutline.Build(placement.Placed.Select(c => new ClauseOutlineEntry(c.Number, c.Kind)));
        if (!outline.IsValid)
        {
            errors.AddRange(outline.Errors.Select(e => UserError.At(e.Code, e.Message, "content")));
        }

        if (errors.Count > 0 || target is null || year is null)
        {
            return EditOutcome.Failed<ImportResult>(errors);
        }

        var now = time.GetUtcNow();
        var standard = target.Existing ?? NewStandard(file, target, now);
        var draft = new StandardVersion
        {
            Standard = standard,
            Kind = StandardVersionKind.Edition,
            Year = year.Value,
            Code = file.Code!.WithoutYear().WithYear(year.Value).ToString(),
            ChangeSummary = Blank(file.ChangeSummary),
            BaseVersionId = target.Latest?.Id,
            CreatedAt = now,
            CreatedBy = actor,
        };
        draft.Clauses.AddRange(ImportedClauseRows.Build(outline, placement.Placed, target.LatestClauses));
        var fileName = Excerpt.Of(Path.GetFileName(command.FileName.Trim()));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (target.Existing is null)
        {
            db.Standards.Add(standard);
        }

        db.StandardVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        var change = StandardDrafts.Event(ChangeKind.Created, standard, draft, actor, now,
            $"从文件 {fileName} 导入草案 {draft.Code}（{draft.Clauses.Count} 个条目）。"
            + $"Imported the draft {draft.Code} from {fileName} ({draft.Clauses.Count} entries).");
        if (await DraftRows.SaveAsync(db, standard, draft, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        var report = file.Report.Concat(placement.Report).OrderBy(r => r.Paragraph).ToList();
        return EditOutcome.Done(new ImportResult(standard, draft, draft.Clauses.Count, report));
    }

    private static Standard NewStandard(ImportedStandard file, ImportTarget target, DateTimeOffset now)
    {
        var code = file.Code!.WithoutYear();
        return new Standard
        {
            Identity = code.Identity,
            CompactKey = code.CompactKey,
            Title = file.Title!.Trim(),
            TitleEn = Blank(file.TitleEn),
            Level = file.Level ?? code.Level,
            Nature = file.Nature ?? code.Nature,
            DepartmentId = target.DepartmentId,
            SystemNodeId = target.SystemNodeId,
            Ics = Blank(file.Ics),
            Ccs = Blank(file.Ccs),
            IssuedBy = Blank(file.IssuedBy),
            DraftingOrganisations = file.DraftingOrganisations.Count > 0 ? string.Join("、", file.DraftingOrganisations) : null,
            CreatedAt = now,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
