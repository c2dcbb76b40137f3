using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Rugao.Graph.Search.Lucene.Scoring;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Scores and counts a query's matches segment by segment, several segments at once when cores are free, then merges
/// the pages and the per-standard counts. A rebuild leaves one large segment per core
/// (<see cref="LuceneSearchEngine.RebuildAsync"/>), so a query on an idle machine takes about one core's share of
/// the time. No thread ever waits for another: the caller and helper work items take segments from one counter, the
/// caller searches whatever nobody else has taken, and then awaits only segments being searched at that moment — a
/// helper the busy thread pool has not started yet finds nothing left and ends. Within a segment the query is
/// evaluated a window of documents at a time (<see cref="ScoringPlan"/>).
/// </summary>
internal static class SegmentSearch
{
    /// <returns>The best <paramref name="wanted"/> hits by score, then by document ID, and every match counted.</returns>
    /// <param name="terms">The search's term lookups over the searcher's reader (those that built the query).</param>
    public static async Task<(ScoreDoc[] Top, int Total, StandardCounts ByStandard)> RunAsync(IndexSearcher searcher, Query query,
        SearchRequestFilter filter, int wanted, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(filter);
        var plan = ScoringPlan.Compile(searcher, query, terms);
        var leaves = searcher.IndexReader.Leaves;
        var tops = new List<(float Score, BytesRef Id, int Doc)>[leaves.Count];
        var counts = new StandardCountCollector[leaves.Count];
        var searched = Enumerable.Range(0, leaves.Count)
            .Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
            .ToArray();
        var next = -1;

        void Drain()
        {
            for (var i = Interlocked.Increment(ref next); i < leaves.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    (tops[i], counts[i]) = Search(plan, filter, leaves[i], wanted);
                    searched[i].SetResult();
                }
                catch (Exception exception)
                {
                    searched[i].SetException(exception);
                }
            }
        }

        for (var helper = 1; helper < Math.Min(Environment.ProcessorCount, leaves.Count); helper++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(), null);
        }

        Drain();
        await Task.WhenAll(searched.Select(s => s.Task)).ConfigureAwait(false);
        var top = tops.SelectMany(hits => hits)
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Id, BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(wanted)
            .Select(hit => new ScoreDoc(hit.Doc, hit.Score))
            .ToArray();
        var (total, byStandard) = StandardCountCollector.Sum(searcher.IndexReader, counts);
        return (top, total, byStandard);
    }

    /// <summary>Counts the matches the filter accepts and leaves their bits in <paramref name="accepted"/>; false when there are none.</summary>
    private static bool Accept(ulong[] matches, int start, SegmentFilter filter, int[] ordinalOfDoc,
        StandardCountCollector counts, ulong[] accepted)
    {
        var allowed = filter.Allowed.GetBits();
        var any = false;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            var at = (start >> 6) + word;
            var kept = at < allowed.Length ? matches[word] & (ulong)allowed[at] : 0;
            for (var bits = kept; bits != 0; bits &= bits - 1)
            {
                var doc = start + ScoringWindow.Offset(word, bits);
                if (filter.AllowedOrdinals is { } ordinals && !ordinals[ordinalOfDoc[doc]])
                {
                    kept &= ~(bits & (0 - bits));
                    continue;
                }

                counts.Collect(doc);
            }

            accepted[word] = kept;
            any |= kept != 0;
        }

        return any;
    }

    private static (List<(float Score, BytesRef Id, int Doc)> Top, StandardCountCollector Counts) Search(ScoringPlan plan,
        SearchRequestFilter filter, AtomicReaderContext leaf, int wanted)
    {
        var arena = WindowArena.OfThisThread();
        try
        {
            return Search(plan, filter, leaf, wanted, arena);
        }
        finally
        {
            arena.Reuse();
        }
    }

    private static (List<(float Score, BytesRef Id, int Doc)> Top, StandardCountCollector Counts) Search(ScoringPlan plan,
        SearchRequestFilter filter, AtomicReaderContext leaf, int wanted, WindowArena arena)
    {
        var counts = new StandardCountCollector(leaf);
        var reader = leaf.AtomicReader;
        var root = plan.ForSegment(leaf, arena);
        var allowed = root is null ? null : filter.ForSegment(leaf);
        if (root is null || allowed is null)
        {
            return ([], counts);
        }

        var ordinalOfDoc = SegmentStandards.Of(reader).OrdinalOfDoc;
        var top = new SegmentTopHits(wanted, FieldCache.DEFAULT.GetTermsIndex(reader, LuceneFields.Id));
        var accepted = arena.Bits();
        var bounds = new HitBounds(root, arena);
        var end = reader.MaxDoc;
        // Windows start on a multiple of 64 so that a word of match bits lines up with a word of the filter's bits.
        for (var start = root.NextCandidate & ~63; start < end; start = Math.Max(start + ScoringWindow.Size, root.NextCandidate & ~63))
        {
            if (allowed.Leads)
            {
                var next = allowed.Allowed.NextSetBit(start);
                if (next < 0)
                {
                    break;
                }

                start = next & ~63;
            }

            root.Match(start);
            if (!Accept(root.Matches, start, allowed, ordinalOfDoc, counts, accepted))
            {
                continue;
            }

            // Once the page is full, matches whose bound cannot reach its last hit are counted, not scored.
            if (top.IsFull)
            {
                bounds.Prune(start, accepted, top.Threshold);
            }

            root.Score(start, accepted);
            var scores = root.Scores;
            for (var word = 0; word < ScoringWindow.Words; word++)
            {
                for (var bits = accepted[word]; bits != 0; bits &= bits - 1)
                {
                    var offset = ScoringWindow.Offset(word, bits);
                    top.Offer(start + offset, scores[offset]);
                }
            }
        }

        return ([.. top.Best().Select(hit => (hit.Score, hit.Id, leaf.DocBase + hit.Doc))], counts);
    }
}
