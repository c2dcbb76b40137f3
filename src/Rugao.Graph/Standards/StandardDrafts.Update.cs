using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

public sealed partial class StandardDrafts
{
    public async Task<EditOutcome<DraftEdit>> UpdateAsync(UpdateStandardDraftCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (standard, draft, error) = await DraftRows.LoadAsync(db, command.Draft, withClauses: false, cancellationToken);
        if (error is not null || standard is null || draft is null)
        {
            return error!;
        }

        var errors = new List<UserError>();
        if (StandardVisibility.IsPublished(standard))
        {
            foreach (var (field, _) in StandardFields(command).Where(f => f.Given))
            {
                errors.Add(StandardDraftErrors.PublishedMetadata(field));
            }
        }

        EditLimits.CheckText(errors, command.Title, EditLimits.ShortText, required: command.Title is not null, "title");
        CheckMetadataTexts(errors, command.TitleEn, command.Ics, command.Ccs, command.IssuedBy, command.DraftingOrganisations);
        EditLimits.CheckText(errors, command.Label, EditLimits.ShortText, required: false, "label");
        EditLimits.CheckText(errors, command.ChangeSummary, EditLimits.LongText, required: false, "changeSummary");
        if (command.Year is { } year)
        {
            await CheckDraftYearAsync(db, errors, standard, year, cancellationToken);
        }

        if (command.DepartmentId is not null || command.SystemNodeId is not null)
        {
            await CheckReferencesAsync(db, errors, command.DepartmentId ?? standard.DepartmentId,
                command.SystemNodeId ?? standard.SystemNodeId, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Failed<DraftEdit>(errors);
        }

        Apply(command, standard, draft);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var change = Event(ChangeKind.DraftUpdated, standard, draft, actor, now,
            $"修改草案 {draft.Code} 的基本信息。Updated the draft {draft.Code}.");
        if (await DraftRows.SaveAsync(db, standard, draft, change, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new DraftEdit(standard, draft));
    }

    private static void Apply(UpdateStandardDraftCommand command, Standard standard, StandardVersion draft)
    {
        standard.Title = command.Title?.Trim() ?? standard.Title;
        standard.TitleEn = command.TitleEn is null ? standard.TitleEn : Blank(command.TitleEn);
        standard.Level = command.Level ?? standard.Level;
        standard.Nature = command.Nature ?? standard.Nature;
        standard.DepartmentId = command.DepartmentId ?? standard.DepartmentId;
        standard.SystemNodeId = command.SystemNodeId ?? standard.SystemNodeId;
        standard.Ics = command.Ics is null ? standard.Ics : Blank(command.Ics);
        standard.Ccs = command.Ccs is null ? standard.Ccs : Blank(command.Ccs);
        standard.IssuedBy = command.IssuedBy is null ? standard.IssuedBy : Blank(command.IssuedBy);
        standard.DraftingOrganisations = command.DraftingOrganisations is null
            ? standard.DraftingOrganisations
            : Joined(command.DraftingOrganisations);
        if (command.Year is { } year)
        {
            draft.Year = year;
            draft.Code = StandardCode.Parse(standard.Identity).WithYear(year).ToString();
        }

        draft.Label = command.Label is null ? draft.Label : Blank(command.Label);
        draft.ChangeSummary = command.ChangeSummary is null ? draft.ChangeSummary : Blank(command.ChangeSummary);
    }

    private static IEnumerable<(string Field, bool Given)> StandardFields(UpdateStandardDraftCommand command) =>
    [
        ("title", command.Title is not null), ("titleEn", command.TitleEn is not null), ("level", command.Level is not null),
        ("nature", command.Nature is not null), ("departmentId", command.DepartmentId is not null),
        ("systemNodeId", command.SystemNodeId is not null), ("ics", command.Ics is not null), ("ccs", command.Ccs is not null),
        ("issuedBy", command.IssuedBy is not null), ("draftingOrganisations", command.DraftingOrganisations is not null),
    ];

    private static async Task CheckDraftYearAsync(
        RugaoDbContext db, List<UserError> errors, Standard standard, int year, CancellationToken cancellationToken)
    {
        if (!StandardCodeParser.IsYearInRange(year))
        {
            errors.Add(StandardDraftErrors.YearOutOfRange("year"));
            return;
        }

        var latest = await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => v.StandardId == standard.Id)
            .MaxAsync(v => (int?)v.Year, cancellationToken);
        if (latest is { } published && year <= published)
        {
            errors.Add(StandardDraftErrors.YearNotAfter(published, "year"));
        }
    }

    private static void CheckMetadataTexts(
        List<UserError> errors, string? titleEn, string? ics, string? ccs, string? issuedBy, IReadOnlyList<string>? organisations)
    {
        EditLimits.CheckText(errors, titleEn, EditLimits.ShortText, required: false, "titleEn");
        EditLimits.CheckText(errors, ics, EditLimits.ShortText, required: false, "ics");
        EditLimits.CheckText(errors, ccs, EditLimits.ShortText, required: false, "ccs");
        EditLimits.CheckText(errors, issuedBy, EditLimits.ShortText, required: false, "issuedBy");
        for (var i = 0; i < (organisations?.Count ?? 0); i++)
        {
            EditLimits.CheckText(errors, organisations![i], EditLimits.ShortText, required: true,
                "draftingOrganisations", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static async Task CheckReferencesAsync(
        RugaoDbContext db, List<UserError> errors, int departmentId, int systemNodeId, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            errors.Add(EditErrors.NotFoundAt("部门 department", "departmentId"));
        }

        if (!await db.SystemNodes.AnyAsync(n => n.Id == systemNodeId, cancellationToken))
        {
            errors.Add(EditErrors.NotFoundAt("体系节点 system node", "systemNodeId"));
        }
    }
}
