using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Repository;

/// <summary>Files past 250 lines hold more than one concept; split them by role before they grow further.</summary>
public sealed class SourceFileSizeTests
{
    private const int MaxLines = 250;

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "Migrations"];

    [Fact]
    public void SourceFiles_OutsideGeneratedCode_AreAtMost250Lines()
    {
        var files = new[] { "src", "tests", "bench" }
            .Select(folder => RepositoryRoot.Combine(folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !IsSkipped(file))
            .ToList();
        Assert.NotEmpty(files);

        var tooLong = files
            .Select(file => (File: Path.GetRelativePath(RepositoryRoot.Path, file), Lines: File.ReadLines(file).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File} ({f.Lines} lines)")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Split by role: {string.Join(", ", tooLong)}");
    }

    private static bool IsSkipped(string file) =>
        Path.GetRelativePath(RepositoryRoot.Path, file).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains);
}
