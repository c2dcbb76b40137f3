using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rugao.Graph.Editing;
using Rugao.Graph.Importing;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Importing;

/// <summary>Imports through <see cref="StandardImporter"/> into a seeded database, and counts what was written.</summary>
internal static class ImportFixture
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static Task<EditOutcome<ImportResult>> ImportAsync(SeededDatabase database, ImportCommand command) =>
        new StandardImporter(database, new FakeTimeProvider(Now)).ImportAsync(command, "importer-test", CancellationToken.None);

    public static ImportCommand Docx(byte[] content, bool asRevision = false) => new()
    {
        FileName = "standard.docx", Content = content, AsRevision = asRevision, DepartmentCode = "rg-jyj", SystemNodeCode = "TG-02",
    };

    public static async Task<int> RowCountAsync(SeededDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.Standards.CountAsync() + await db.StandardVersions.CountAsync() + await db.Clauses.CountAsync()
            + await db.ChangeEvents.CountAsync();
    }

    public static async Task<List<global::Rugao.Graph.Clauses.Clause>> ClausesAsync(SeededDatabase database, int versionId)
    {
        await using var db = database.CreateDbContext();
        return await db.Clauses.Where(c => c.VersionId == versionId).OrderBy(c => c.Position).ToListAsync();
    }
}
