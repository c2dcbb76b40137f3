using System.IO.Compression;
using Rugao.Graph.Importing;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Importing;

public sealed class MalformedDocxImportTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    public static TheoryData<string, string> Files() => new()
    {
        { "random", "IMPORT_FILE_UNREADABLE" },
        { "zip without document.xml", "IMPORT_FILE_UNREADABLE" },
        { "empty document", "IMPORT_NO_CLAUSES" },
        { "zero bytes", "IMPORT_FILE_EMPTY" },
        { "over 10 MB", "IMPORT_FILE_TOO_LARGE" },
        { "unknown format", "IMPORT_FORMAT_UNKNOWN" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Import_MalformedFile_IsACodedErrorAndWritesNothing(string file, string code)
    {
        var before = await ImportFixture.RowCountAsync(database);
        var command = ImportFixture.Docx(Content(file));
        if (file == "unknown format")
        {
            command = command with { FileName = "standard.txt" };
        }

        var outcome = await ImportFixture.ImportAsync(database, command);

        Assert.False(outcome.Succeeded);
        Assert.Contains(code, outcome.Errors.Select(e => e.Code));
        Assert.All(outcome.Errors, e => Assert.NotEmpty(e.Path));
        Assert.All(outcome.Errors, e => Assert.Matches(@"^\P{IsBasicLatin}", e.Message));
        Assert.Equal(before, await ImportFixture.RowCountAsync(database));
    }

    [Fact]
    public async Task Import_ExistingCodeWithoutAsRevision_IsCodeTaken()
    {
        var file = new DocxBuilder().Paragraphs("DB3206/T 1001-2026", "学生资助服务规范", "1 范围").Build();
        var before = await ImportFixture.RowCountAsync(database);

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("CODE_TAKEN", "asRevision"), (error.Code, error.Path[0]));
        Assert.Equal(before, await ImportFixture.RowCountAsync(database));
    }

    [Fact]
    public async Task Import_AsRevision_OpensANewEditionKeepingLineagesByNumber()
    {
        var file = new DocxBuilder().Paragraphs("DB3206/T 1001-2026", "学生资助服务规范", "1 范围", "本文件规定了学生资助服务。", "9 新增章").Build();

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file, asRevision: true));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal("DB3206/T 1001-2026", outcome.Value!.Draft.Code);
        Assert.NotNull(outcome.Value.Draft.BaseVersionId);
        var previous = await ImportFixture.ClausesAsync(database, outcome.Value.Draft.BaseVersionId!.Value);
        var imported = await ImportFixture.ClausesAsync(database, outcome.Value.Draft.Id);
        Assert.Equal(previous.Single(c => c.Number == "1").Lineage, imported.Single(c => c.Number == "1").Lineage);
        Assert.DoesNotContain(imported.Single(c => c.Number == "9").Lineage, previous.Select(c => c.Lineage));

        var again = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file, asRevision: true));
        Assert.Equal(["DRAFT_EXISTS"], again.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Import_NewStandardFromWordWithoutDepartment_IsRequiredAtDepartmentId()
    {
        var file = new DocxBuilder().Paragraphs("DB3206/T 9958-2026", "测试规范", "1 范围").Build();

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(file) with { DepartmentCode = null, SystemNodeCode = null });

        Assert.Equal([("REQUIRED", "departmentId"), ("REQUIRED", "systemNodeId")], outcome.Errors.Select(e => (e.Code, e.Path[0])));
    }

    [Fact]
    public async Task Import_MoreEntriesThanADraftHolds_ReportsTheRestAsOverTheLimit()
    {
        var builder = new DocxBuilder().Paragraphs("DB3206/T 9959-2026", "条目过多的规范", "1 范围");
        for (var i = 0; i < ImportLimits.MaxClauses + 1; i++)
        {
            builder.Paragraph($"第 {i} 段正文。");
        }

        var outcome = await ImportFixture.ImportAsync(database, ImportFixture.Docx(builder.Build()));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal(ImportLimits.MaxClauses, outcome.Value!.ClauseCount);
        Assert.Equal(["IMPORT_CLAUSE_LIMIT", "IMPORT_CLAUSE_LIMIT"], outcome.Value.Report.Select(r => r.Code));
    }

    private static byte[] Content(string file) => file switch
    {
        "random" => RandomBytes(4096),
        "zip without document.xml" => ZipWithoutDocument(),
        "empty document" => new DocxBuilder().Build(),
        "zero bytes" => [],
        "over 10 MB" => new byte[ImportLimits.MaxBytes + 1],
        _ => "1 范围"u8.ToArray(),
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private static byte[] ZipWithoutDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("not a word document");
        }

        return stream.ToArray();
    }
}
