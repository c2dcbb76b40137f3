using System.Globalization;
using Rugao.Graph.Importing;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Hosting;

/// <summary>
/// <c>import &lt;path&gt; [--as-revision] [--actor name] [--year 2026] [--department code] [--system-node code]</c>: reads a
/// .docx or seed-format .yaml file into a new draft and prints the draft and what could not be placed. Exit code 0 on
/// success, 1 when the file is refused (nothing written), 2 for a usage mistake.
/// </summary>
internal static class ImportCommands
{
    private const string Usage =
        "usage: import <file.docx|file.yaml> [--as-revision] [--actor <name>] [--year <year>] [--department <code>] [--system-node <code>]";

    public static async Task<int> RunAsync(StandardImporter importer, string[] args)
    {
        var path = args.FirstOrDefault();
        var yearText = Option(args, "--year");
        int? year = yearText is null ? null : int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : -1;
        if (path is null || path.StartsWith("--", StringComparison.Ordinal) || year == -1)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"文件不存在。No such file: {path}");
            return 1;
        }

        var length = new FileInfo(path).Length;
        var content = length > ImportLimits.MaxBytes ? new byte[ImportLimits.MaxBytes + 1] : await File.ReadAllBytesAsync(path);
        var outcome = await importer.ImportAsync(new ImportCommand
        {
            FileName = path,
            Content = content,
            AsRevision = args.Contains("--as-revision"),
            Year = year,
            DepartmentCode = Option(args, "--department"),
            SystemNodeCode = Option(args, "--system-node"),
        }, Option(args, "--actor") ?? "command line", CancellationToken.None);

        if (outcome.Value is not { } result)
        {
            await Console.Error.WriteLineAsync("导入失败，未写入任何数据。Import refused; nothing was written.");
            foreach (var error in outcome.Errors)
            {
                await Console.Error.WriteLineAsync($"  {error.Code} [{string.Join('.', error.Path)}]: {error.Message}");
            }

            return 1;
        }

        await Console.Out.WriteLineAsync(
            $"Imported {result.Draft.Code} 《{result.Standard.Title}》 as a draft with {result.ClauseCount} clause entries.");
        await Console.Out.WriteLineAsync($"Standard ID: {GlobalId.Encode(StandardGraphType.Node.TypeName, result.Standard.Id)}");
        await Console.Out.WriteLineAsync($"Draft ID: {GlobalId.Encode(StandardVersionGraphType.Node.TypeName, result.Draft.Id)}");
        await Console.Out.WriteLineAsync($"Not placed: {result.Report.Count}");
        foreach (var entry in result.Report)
        {
            await Console.Out.WriteLineAsync($"  paragraph {entry.Paragraph} {entry.Code} “{entry.Excerpt}”: {entry.Message}");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
