namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// A fact that needs Node and the audit packages (<c>npm ci --prefix tests/audit</c>); without them it is
/// skipped with that instruction as the visible reason, rather than failing or passing silently.
/// </summary>
public sealed class GraphQLHttpAuditFactAttribute : FactAttribute
{
    public GraphQLHttpAuditFactAttribute()
    {
        if (NodeExecutable is null)
        {
            Skip = "node is not on PATH; the graphql-http audit needs Node 18 or later.";
        }
        else if (!Directory.Exists(Path.Combine(AuditDirectory, "node_modules", "graphql-http")))
        {
            Skip = $"graphql-http is not installed; run: npm ci --prefix {Path.GetRelativePath(Environment.CurrentDirectory, AuditDirectory)}";
        }
    }

    public static string AuditDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "audit");

    public static string? NodeExecutable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Rugao.Graph.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"Rugao.Graph.sln not found above {AppContext.BaseDirectory}.");
    }
}
