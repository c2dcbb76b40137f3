using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Nodes;
using Microsoft.Extensions.Logging;

namespace Rugao.Graph.Search.Elasticsearch;

public sealed partial class ElasticsearchSearchEngine
{
    /// <summary>
    /// Zero-downtime reindex: the template is put with the analyzers the cluster has now, a new index
    /// <c>&lt;prefix&gt;-&lt;timestamp&gt;</c> is filled and refreshed, then one <c>_aliases</c> call moves the alias to it
    /// and the old index is deleted. Until the swap, searches keep using the old index; a failure deletes the new one.
    /// </summary>
    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var wordsAnalyzer = await WordsAnalyzerAsync(cancellationToken);
        await ElasticsearchCall.SendAsync(
            "put the index template",
            token => client.Indices.PutIndexTemplateAsync(ElasticsearchIndexTemplate.Create(names, wordsAnalyzer), token),
            cancellationToken);
        var index = names.NewIndex(timeProvider.GetUtcNow());
        await ElasticsearchCall.SendAsync(
            $"create the index {index}", token => client.Indices.CreateAsync(new CreateIndexRequest(index), token), cancellationToken);

        IReadOnlyList<string> previous;
        try
        {
            var count = await FillAsync(index, documents, cancellationToken);
            await RefreshAsync(index, cancellationToken);
            previous = await IndicesBehindAliasAsync(cancellationToken);
            await SwapAliasAsync(previous, index, cancellationToken);
            logger.LogInformation("Elasticsearch alias {Alias} now points to {Index} ({Count} documents, words analyzer {Analyzer})",
                names.Alias, index, count, wordsAnalyzer);
        }
        catch
        {
            await DeleteQuietlyAsync([index]);
            throw;
        }

        await DeleteQuietlyAsync(previous.Where(old => old != index).ToList());
    }

    private async Task<string> WordsAnalyzerAsync(CancellationToken cancellationToken)
    {
        var nodes = await ElasticsearchCall.SendAsync(
            "list the plugins of its nodes",
            token => client.Nodes.InfoAsync(new NodesInfoRequest([NodesInfoMetric.Plugins]), token),
            cancellationToken);
        return ElasticsearchAnalysis.WordsAnalyzerFor(nodes);
    }

    private async Task<int> FillAsync(string index, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var batch = new List<SearchDocument>(bulkSize);
        var count = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            batch.Add(document);
            if (batch.Count == bulkSize)
            {
                await BulkAsync(batch, index, throughAlias: false, cancellationToken);
                count += batch.Count;
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await BulkAsync(batch, index, throughAlias: false, cancellationToken);
            count += batch.Count;
        }

        return count;
    }

    private async Task<IReadOnlyList<string>> IndicesBehindAliasAsync(CancellationToken cancellationToken)
    {
        var response = await ElasticsearchCall.SendAsync(
            $"look up the alias {names.Alias}",
            token => client.Indices.GetAliasAsync(new GetAliasRequest(name: names.Alias), token),
            cancellationToken,
            ElasticsearchCall.IsNotFound);
        return response.IsValidResponse && response.Aliases is { } aliases ? aliases.Keys.Order(StringComparer.Ordinal).ToList() : [];
    }

    private async Task SwapAliasAsync(IReadOnlyList<string> previous, string index, CancellationToken cancellationToken)
    {
        var actions = previous
            .Select(old => (IndexUpdateAliasesAction)new RemoveAction { Index = old, Alias = names.Alias })
            .Append(new AddAction { Index = index, Alias = names.Alias })
            .ToList();
        await ElasticsearchCall.SendAsync(
            $"point the alias {names.Alias} to {index}",
            token => client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = actions }, token),
            cancellationToken);
    }

    /// <summary>Leftovers waste space but break nothing, so failing to delete them is logged, not thrown.</summary>
    private async Task DeleteQuietlyAsync(List<string> indices)
    {
        if (indices.Count == 0)
        {
            return;
        }

        try
        {
            await ElasticsearchCall.SendAsync(
                $"delete {string.Join(',', indices)}",
                token => client.Indices.DeleteAsync(new DeleteIndexRequest(indices.ToArray()), token),
                CancellationToken.None);
        }
        catch (SearchUnavailableException exception)
        {
            logger.LogWarning(exception, "Could not delete the Elasticsearch indices {Indices}", string.Join(',', indices));
        }
    }
}
