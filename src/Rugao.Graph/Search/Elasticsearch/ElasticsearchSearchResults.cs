using Elastic.Clients.Elasticsearch;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Reads the page, the total and the per-standard counts out of a <c>_search</c> response.</summary>
internal static class ElasticsearchSearchResults
{
    public static SearchMatches ToMatches(SearchResponse<ElasticsearchDocument> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var page = Documents(response).Select(hit => new SearchMatch(hit.Document, hit.Score)).ToList();
        var total = response.HitsMetadata?.Total?.Match<long?>(total => total?.Value, count => count)
            ?? throw Malformed("hits.total is missing (track_total_hits was sent)");
        var byStandard = response.Aggregations?.GetLongTerms(ElasticsearchSearchQuery.ByStandard)
            ?? throw Malformed($"the aggregation {ElasticsearchSearchQuery.ByStandard} is missing");
        var counts = byStandard.Buckets.ToDictionary(bucket => checked((int)bucket.Key), bucket => checked((int)bucket.DocCount));
        return new SearchMatches(page, checked((int)total), counts);
    }

    public static IReadOnlyList<SearchDocument> ToDocuments(SearchResponse<ElasticsearchDocument> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Documents(response).Select(hit => hit.Document).ToList();
    }

    private static IEnumerable<(SearchDocument Document, double Score)> Documents(SearchResponse<ElasticsearchDocument> response) =>
        (response.HitsMetadata?.Hits ?? []).Select(hit => (
            hit.Source?.Document ?? throw Malformed($"the hit {hit.Id} has no document in its _source"),
            hit.Score ?? 0));

    private static SearchUnavailableException Malformed(string what) =>
        new($"Elasticsearch answered a search with a response this engine cannot read: {what}.");
}
