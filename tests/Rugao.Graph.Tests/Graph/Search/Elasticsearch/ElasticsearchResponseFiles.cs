namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

/// <summary>Response bodies written by hand from the Elasticsearch reference, one file per situation.</summary>
internal static class ElasticsearchResponseFiles
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Graph", "Search", "Elasticsearch", "Responses");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
