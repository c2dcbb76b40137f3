using Rugao.Graph.Search;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Tests.Graph.Search;

/// <summary>Requests as the search service makes them from typed text: the whole text also tried as a standard code.</summary>
public static class SearchRequests
{
    public static SearchRequest For(string text, DateOnly? asOf = null, IReadOnlyCollection<int>? standardIds = null,
        IReadOnlyList<SearchKind>? kinds = null, int offset = 0, int limit = 10) =>
        new(QueryText.Parse(text), StandardCode.TryParse(text, out var code, out _) ? code : null,
            asOf ?? SeedSearchDocuments.Today, standardIds, kinds, offset, limit);
}
