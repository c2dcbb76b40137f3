using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The results of requests already answered by the same index reader (Solr's query result cache): a city's search
/// box sees the same few queries again and again. Entries belong to the reader they were computed on and are
/// forgotten with it, so any change (a refreshed reader) is never answered from an older one. What a reader keeps is
/// bounded by <see cref="Capacity"/>, counted in page rows and per-standard counts (a common word counts thousands of
/// standards); it starts over when full.
/// </summary>
internal sealed class SearchResultCache
{
    /// <summary>About 50 MB of rows and counts per reader.</summary>
    public const int Capacity = 2_000_000;

    private readonly ConditionalWeakTable<IndexReader, Entries> byReader = new();

    public async Task<SearchMatches> GetOrAddAsync(IndexReader reader, SearchRequest request, Func<Task<SearchMatches>> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var entries = byReader.GetValue(reader, _ => new Entries());
        var key = KeyOf(request);
        if (entries.Results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var found = await search().ConfigureAwait(false);
        var size = found.Page.Count + found.CountByStandard.Count + 1;
        if (Interlocked.Add(ref entries.Size, size) > Capacity)
        {
            entries.Results.Clear();
            Interlocked.Exchange(ref entries.Size, size);
        }

        entries.Results[key] = found;
        return found;
    }

    private sealed class Entries
    {
        public readonly ConcurrentDictionary<string, SearchMatches> Results = new(StringComparer.Ordinal);
        public long Size;
    }

    /// <summary>Everything the engine reads from the request, written unambiguously (lengths before free text).</summary>
    private static string KeyOf(SearchRequest request)
    {
        var key = new StringBuilder();
        key.Append(CultureInfo.InvariantCulture, $"{request.Text.Normalized.Length}:{request.Text.Normalized}");
        key.Append('|').Append(request.Code?.CompactKey);
        key.Append('|').Append(request.AsOf.DayNumber.ToString(CultureInfo.InvariantCulture));
        key.Append('|').Append(request.Kinds is null ? "*" : string.Join(',', request.Kinds.Select(k => (int)k).Order()));
        key.Append('|').Append(request.StandardIds is null ? "*" : string.Join(',', request.StandardIds.Order()));
        key.Append(CultureInfo.InvariantCulture, $"|{request.Offset}|{request.Limit}");
        return key.ToString();
    }
}
