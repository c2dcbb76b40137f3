using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

public sealed partial class LuceneSearchEngine
{
    /// <summary>
    /// The longest query text searched: each of its bigrams is a clause, and Lucene allows 1024 in one query. The
    /// search service refuses long text before it gets here.
    /// </summary>
    public const int MaxTextLength = 1000;

    public Task<SearchMatches> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Text.Normalized.Length, MaxTextLength, nameof(request));
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcherAsync(searcher => results is null
            ? SearchAsync(searcher, request)
            : results.GetOrAddAsync(searcher.IndexReader, request, () => SearchAsync(searcher, request)));
    }

    private async Task<SearchMatches> SearchAsync(IndexSearcher searcher, SearchRequest request)
    {
        var terms = new SearchTerms(searcher.IndexReader);
        var query = queries.For(request, terms);
        if (query is null)
        {
            return new SearchMatches([], 0, new Dictionary<int, int>());
        }

        var wanted = (int)Math.Min((long)request.Offset + request.Limit, Math.Max(1, searcher.IndexReader.MaxDoc));
        var (top, total, byStandard) = await SegmentSearch.RunAsync(searcher, query, new SearchRequestFilter(request), Math.Max(1, wanted), terms)
            .ConfigureAwait(false);
        var documents = new HitDocuments(searcher);
        var page = top.Skip(request.Offset).Take(request.Limit)
            .Select(hit => new SearchMatch(documents.Load(hit.Doc), hit.Score))
            .ToList();
        return new SearchMatches(page, total, byStandard);
    }

    public Task<IReadOnlyList<SearchDocument>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var query = SuggestQueryFactory.For(prefix);
        if (query is null || limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<SearchDocument>>([]);
        }

        return Task.FromResult(WithSearcher<IReadOnlyList<SearchDocument>>(searcher =>
        {
            var documents = new HitDocuments(searcher);
            return searcher.Search(query, SuggestQueryFactory.StandardsOnly, limit, SuggestQueryFactory.Order).ScoreDocs
                .Select(hit => documents.Load(hit.Doc))
                .ToList();
        }));
    }
}
