using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
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
            errors.Add(UserError.At(StandardDraftErrors.CodeTaken,
                $"编号“{code}”已存在；如要导入为其新版本草案，请设置 asRevision。"
                + $"The code '{code}' exists already; set 'asRevision' to import a new draft edition of it.", "asRevision"));
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
            errors.Add(UserError.At(ImportErrors.StandardUnknown,
                $"没有编号为“{code}”的标准可以修订。There is no standard '{code}' to revise.", "asRevision"));
            return null;
        }

        var versions = await db.StandardVersions.Where(v => v.StandardId == existing.Id).ToListAsync(cancellationToken);
        var published = versions.Where(v => v.IsPublished).ToList();
        var latest = published.MaxBy(v => v.Number);
        if (latest is null)
        {
            errors.Add(UserError.At(StandardDraftErrors.NotPublished,
                "标准尚未发布，请直接编辑其草案。The standard was never published; edit its draft instead.", "asRevision"));
        }
        else if (versions.Any(v => !v.IsPublished))
        {
            errors.Add(UserError.At(StandardDraftErrors.DraftExists,
                "该标准已有未发布的草案。The standard already has an open draft.", "asRevision"));
        }
        else if (existing.AbolishedOn is not null)
        {
            errors.Add(UserError.At(StandardDraftErrors.StandardAbolished,
                "已废止的标准不能修订。An abolished standard cannot be revised.", "asRevision"));
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
            return Fail(UserError.At(EditErrors.Required,
                "Word 文件不含主管部门，请给出 departmentId。A Word file names no department; give 'departmentId'.", "departmentId"));
        }

        var found = await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return found ?? Fail(UserError.At(ImportErrors.DepartmentUnknown,
            $"没有代码为“{code}”的部门。There is no department with the code '{code}'.", command.DepartmentCode is null ? "content" : "departmentId"));

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
            return Fail(UserError.At(EditErrors.Required,
                "Word 文件不含标准体系节点，请给出 systemNodeId。A Word file names no standard system node; give 'systemNodeId'.", "systemNodeId"));
        }

        var found = await db.SystemNodes.Where(n => n.Code == code).Select(n => (int?)n.Id).FirstOrDefaultAsync(cancellationToken);
        return found ?? Fail(UserError.At(ImportErrors.SystemNodeUnknown,
            $"没有代码为“{code}”的体系节点。There is no standard system node with the code '{code}'.", command.SystemNodeCode is null ? "content" : "systemNodeId"));

        int? Fail(UserError error)
        {
            errors.Add(error);
            return null;
        }
    }
}
