using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Seeding;

/// <summary>A throw-away copy of the repository's seed folder that a test may break on purpose.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        var source = RepositoryRoot.Combine("seed");
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rugao-seed-" + Guid.NewGuid().ToString("N"));

    public void Replace(string relativeFile, string oldText, string newText)
    {
        var file = System.IO.Path.Combine(Path, relativeFile);
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Write(string relativeFile, string text) => File.WriteAllText(System.IO.Path.Combine(Path, relativeFile), text);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
