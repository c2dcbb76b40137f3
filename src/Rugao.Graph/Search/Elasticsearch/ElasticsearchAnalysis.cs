using Elastic.Clients.Elasticsearch.Nodes;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The analyzers of the index. Words come from <c>smartcn</c> (the analysis-smartcn plugin, the same SmartCn as the
/// embedded engine) when every node has the plugin, and from the built-in <c>cjk</c> analyzer otherwise: an index
/// naming an analyzer that one node lacks cannot be allocated there. Bigrams come from a custom analyzer on every
/// cluster, so a two-character query matches whatever the word segmenter did.
/// </summary>
internal static class ElasticsearchAnalysis
{
    public const string SmartcnPlugin = "analysis-smartcn";
    public const string Smartcn = "smartcn";
    public const string Cjk = "cjk";
    public const string Bigrams = "rugao_bigrams";

    public static string WordsAnalyzerFor(NodesInfoResponse nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var all = nodes.Nodes?.Values.ToList() ?? [];
        return all.Count > 0 && all.All(node => node.Plugins?.Any(plugin => plugin.Name == SmartcnPlugin) == true)
            ? Smartcn
            : Cjk;
    }
}
