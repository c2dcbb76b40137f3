namespace Rugao.Graph.Tests.TestSupport;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Rugao.Graph.sln, found upwards from the test binaries.</summary>
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Rugao.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Rugao.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
