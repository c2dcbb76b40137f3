using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Bulk indexing by document ID (so indexing again replaces), and the item errors a 200 response can still hold.</summary>
internal static class ElasticsearchBulk
{
    private const int ErrorsShown = 3;

    /// <param name="throughAlias">
    /// Writes to the alias must not create an index named like it with a guessed mapping when the alias is missing.
    /// </param>
    public static BulkRequest Create(IEnumerable<SearchDocument> documents, string index, bool throughAlias)
    {
        var operations = documents
            .Select(document => (IBulkOperation)new BulkIndexOperation<ElasticsearchDocument>(ElasticsearchDocument.From(document))
            {
                Id = document.Id,
            })
            .ToList();
        return new BulkRequest(index) { Operations = new BulkOperationsCollection(operations), RequireAlias = throughAlias ? true : null };
    }

    public static void ThrowIfAnyFailed(BulkResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var items = response.Items ?? throw new SearchUnavailableException("Elasticsearch answered a bulk request without items.");
        var failed = items.Where(item => !item.IsValid).ToList();
        if (failed.Count == 0 && !response.Errors)
        {
            return;
        }

        var shown = string.Join("; ", failed.Take(ErrorsShown).Select(item => $"{item.Id}: {item.Error?.Type}: {item.Error?.Reason}"));
        throw new SearchUnavailableException(
            $"Elasticsearch refused {failed.Count} of {items.Count} documents ({shown}{(failed.Count > ErrorsShown ? "; …" : string.Empty)}).");
    }
}
