using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.QueryDsl;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

public sealed partial class ElasticsearchSearchEngine
{
    /// <summary>
    /// Indexes the new documents first (same IDs overwrite), then deletes the standards' other documents and
    /// refreshes once, so readers never see a standard with no documents in between.
    /// </summary>
    public async Task ReplaceStandardsAsync(IReadOnlyCollection<int> standardIds, IReadOnlyList<SearchDocument> documents,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standardIds);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var batch in documents.Chunk(bulkSize))
        {
            await BulkAsync(batch, names.Alias, throughAlias: true, cancellationToken);
        }

        if (standardIds.Count == 0)
        {
            if (documents.Count > 0)
            {
                await RefreshAsync(names.Alias, cancellationToken);
            }

            return;
        }

        var stale = new DeleteByQueryRequest(names.Alias)
        {
            Query = new BoolQuery
            {
                Filter = [ElasticsearchQueries.Terms(F.StandardId, standardIds)],
                MustNot = documents.Count == 0 ? null : [new IdsQuery { Values = new Ids(documents.Select(d => d.Id)) }],
            },
            Conflicts = Conflicts.Proceed,
            Refresh = true,
        };
        var response = await ElasticsearchCall.SendAsync(
            "delete replaced documents", token => client.DeleteByQueryAsync(stale, token), cancellationToken);
        if (response.Failures is { Count: > 0 } failures)
        {
            var first = failures.First();
            throw new SearchUnavailableException(
                $"Elasticsearch could not delete {failures.Count} replaced documents ({first.Id}: {first.Cause?.Type}: {first.Cause?.Reason}).");
        }
    }

    private async Task BulkAsync(IEnumerable<SearchDocument> documents, string index, bool throughAlias, CancellationToken cancellationToken)
    {
        var request = ElasticsearchBulk.Create(documents, index, throughAlias);
        var response = await ElasticsearchCall.SendAsync(
            $"index documents into {index}", token => client.BulkAsync(request, token), cancellationToken, ElasticsearchCall.IsOk);
        ElasticsearchBulk.ThrowIfAnyFailed(response);
    }

    private async Task RefreshAsync(string index, CancellationToken cancellationToken) =>
        await ElasticsearchCall.SendAsync(
            $"refresh {index}", token => client.Indices.RefreshAsync(new RefreshRequest(index), token), cancellationToken);
}
