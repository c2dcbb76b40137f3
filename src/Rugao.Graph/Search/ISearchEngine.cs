namespace Rugao.Graph.Search;

/// <summary>
/// A full-text index of standards and clauses. Lucene (embedded) and Elasticsearch (multi-node) implement it with the
/// same query semantics (see <see cref="SearchRequest"/>); <see cref="StandardSearch"/> turns filters into standard IDs
/// and computes snippets and facets on top, so both engines answer the API identically.
/// </summary>
public interface ISearchEngine
{
    /// <summary>Whether the index exists and can be searched (false on first start, before a rebuild).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    Task<SearchMatches> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Standard documents whose title or code starts with <paramref name="prefix"/>.</summary>
    Task<IReadOnlyList<SearchDocument>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>Replaces every document of the given standards with <paramref name="documents"/>, atomically per call.</summary>
    Task ReplaceStandardsAsync(IReadOnlyCollection<int> standardIds, IReadOnlyList<SearchDocument> documents,
        CancellationToken cancellationToken);

    /// <summary>Builds a whole new index from <paramref name="documents"/> and switches to it only when complete.</summary>
    Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken);
}
