using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Importing;

public sealed partial class StandardImporter
{
    private static async Task<ImportTarget?> TargetAsync(
        RugaoDbContext db, ImportCommand command, ImportedStandard file, int? year, List<UserError> errors, CancellationToken cancellationToken)
    {
        var code = file.Code!.WithoutYear();
        var existing = await db.Standards.AsTracking().FirstOrDefaultAsync(s => s.CompactKey == code.CompactKey, cancellationToken);
        if (command.AsRevision)
        {
            return await RevisionAsync(db, code, existing, year, errors, cancellationToken);
        }

        if (existing is not null)
        {
            errors.Add(ErrorCatalog.CodeTakenOnImport.With(code).At("asRevision"));
        }

        EditLimits.CheckText(errors, file.Title, EditLimits.ShortText, required: false, "content");
        if (string.IsNullOrWhiteSpace(file.Title))
        {
            errors.Add(ImportErrors.NoTitle());
        }

        var department = await DepartmentAsync(db, command, file, errors, cancellationToken);
        var node = await SystemNodeAsync(db, command, file, errors, cancellationToken);
        return department is null || node is null ? null : new ImportTarget(null, null, [], department.Value, node.Value);
    }

    private static async Task<ImportTarget?> RevisionAsync(
        RugaoDbContext db, StandardCode code, Standard? existing, int? year, List<UserError> errors, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            errors.Add(ErrorCatalog.ImportStandardUnknown.With(code).At("asRevision"));
            return null;
        }

        var versions = await db.StandardVersions.Where(v => v.StandardId == existing.Id).ToListAsync(cancellationToken);
        var published = versions.Where(v => v.IsPublished).ToList();
        var latest = published.MaxBy(v => v.Number);
        if (latest is null)
        {
            errors.Add(ErrorCatalog.NotPublishedOnRevise.At("asRevision"));
        }
        else if (versions.Any(v => !v.IsPublished))
        {
            errors.Add(ErrorCatalog.DraftExists.At("asRevision"));
        }
        else if (existing.AbolishedOn is not null)
        {
            errors.Add(ErrorCatalog.StandardAbolishedOnRevise.At("asRevision"));
        }
        else if (year is { } y && y <= published.Max(v => v.Year))
        {
            errors.Add(StandardDraftErrors.YearNotAfter(published.Max(v => v.Year), "year"));
        }

        if (latest is null || errors.Count > 0)
        {
            return null;
        }

        var clauses = await db.Clauses.Where(c => c.VersionId == latest.Id).ToListAsync(cancellationToken);
        return new ImportTarget(existing, latest, clauses, existing.DepartmentId, existing.SystemNodeId);
    }

    private static async Task<int?> DepartmentAsync(
        RugaoDbContext db, ImportCommand command, ImportedStandard file, List<UserError> errors, CancellationToken cancellationToken)
    {
        if (command.DepartmentId is { } id)
        {
            return await db.Departments.AnyAsync(d => d.Id == id, cancellationToken) ? id : Fail(EditErrors.NotFoundAt("部门 department", "departmentId"));
        }

        if ((command.DepartmentCode ?? file.DepartmentCode) is not { } code)
        {
            return Fail(ErrorCatalog.DepartmentRequiredForWord.At("departmentId"));
        }

        var found = await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return found ?? Fail(ErrorCatalog.ImportDepartmentUnknown.With(code).At(command.DepartmentCode is null ? "content" : "departmentId"));

        int? Fail(UserError error)
        {
            errors.Add(error);
            return null;
        }
    }

    private static async Task<int?> SystemNodeAsync(
        RugaoDbContext db, ImportCommand command, ImportedStandard file, List<UserError> errors, CancellationToken cancellationToken)
    {
        if (command.SystemNodeId is { } id)
        {
            return await db.SystemNodes.AnyAsync(n => n.Id == id, cancellationToken) ? id : Fail(EditErrors.NotFoundAt("体系节点 system node", "systemNodeId"));
        }

        if ((command.SystemNodeCode ?? file.SystemNodeCode) is not { } code)
        {
            return Fail(ErrorCatalog.SystemNodeRequiredForWord.At("systemNodeId"));
        }

        var found = await db.SystemNodes.Where(n => n.Code == code).Select(n => (int?)n.Id).FirstOrDefaultAsync(cancellationToken);
        return found ?? Fail(ErrorCatalog.ImportSystemNodeUnknown.With(code).At(command.SystemNodeCode is null ? "content" : "systemNodeId"));

        int? Fail(UserError error)
        {
            errors.Add(error);
            return null;
        }
    }
}
