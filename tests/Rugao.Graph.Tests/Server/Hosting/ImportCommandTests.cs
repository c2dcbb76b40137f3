using Rugao.Graph.Tests.Graph.Importing;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Hosting;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_WordFile_PrintsTheDraftAndTheReport_ThenABrokenFileFailsWithACode()
    {
        var data = ServerProcess.NewDataDirectory();
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var good = Path.Combine(folder.Path, "standard.docx");
        await File.WriteAllBytesAsync(good, new DocxBuilder()
            .Paragraphs("DB3206/T 9980-2026", "社区助餐服务规范", "1 范围", "本文件规定了社区助餐服务。", "1.1.1 跳级", "2 要求").Build());
        var broken = Path.Combine(folder.Path, "broken.docx");
        await File.WriteAllBytesAsync(broken, "PK\u0003\u0004 not really a zip"u8.ToArray());
        try
        {
            var (exitCode, output) = await ServerProcess.RunVerbAsync(
                data, "import", good, "--actor", "office", "--department", "rg-jyj", "--system-node", "TG-02");

            Assert.True(exitCode == 0, output);
            Assert.Contains("Imported DB3206/T 9980-2026", output, StringComparison.Ordinal);
            Assert.Matches(@"Draft ID: \S+", output);
            Assert.Contains("Not placed: 1", output, StringComparison.Ordinal);
            Assert.Contains("paragraph 4 CLAUSE_PARENT_MISSING", output, StringComparison.Ordinal);

            var (again, refused) = await ServerProcess.RunVerbAsync(
                data, "import", good, "--department", "rg-jyj", "--system-node", "TG-02");
            Assert.Equal(1, again);
            Assert.Contains("CODE_TAKEN [asRevision]", refused, StringComparison.Ordinal);

            var (failed, message) = await ServerProcess.RunVerbAsync(data, "import", broken, "--department", "rg-jyj", "--system-node", "TG-02");
            Assert.Equal(1, failed);
            Assert.Contains("IMPORT_FILE_UNREADABLE [content]", message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Import_WithoutAPath_ExplainsUsage()
    {
        var data = ServerProcess.NewDataDirectory();
        try
        {
            var (exitCode, output) = await ServerProcess.RunVerbAsync(data, "import");

            Assert.Equal(2, exitCode);
            Assert.Contains("usage: import", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
