using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// The best hits of one segment by score, then by document ID (ordinal within the segment, which sorts as the IDs
/// do), kept in a heap whose top is the worst hit kept.
/// </summary>
internal sealed class SegmentTopHits(int capacity, SortedDocValues ids)
{
    private readonly List<(float Score, int Ord, int Doc)> heap = new(Math.Min(capacity, 1024));

    public bool IsFull => heap.Count == capacity;

    /// <summary>Once full, the lowest score a new hit can have and still be kept (it must also sort before the last kept by ID when equal).</summary>
    public float Threshold => IsFull ? heap[0].Score : float.NegativeInfinity;

    /// <summary>Whether a hit with this score could be kept, before its ID is looked up.</summary>
    public bool Competes(float score) => heap.Count < capacity || score >= heap[0].Score;

    public void Offer(int doc, float score)
    {
        if (!Competes(score))
        {
            return;
        }

        var hit = (score, ids.GetOrd(doc), doc);
        if (heap.Count < capacity)
        {
            heap.Add(hit);
            Up(heap.Count - 1);
        }
        else if (Worse(heap[0], hit))
        {
            heap[0] = hit;
            Down(0);
        }
    }

    /// <summary>The hits kept, best first, with their IDs for ordering them among other segments' hits.</summary>
    public IEnumerable<(float Score, BytesRef Id, int Doc)> Best()
    {
        return heap.OrderByDescending(h => h.Score).ThenBy(h => h.Ord).Select(h =>
        {
            var id = new BytesRef();
            ids.LookupOrd(h.Ord, id);
            return (h.Score, id, h.Doc);
        });
    }

    private static bool Worse((float Score, int Ord, int Doc) a, (float Score, int Ord, int Doc) b) =>
        a.Score < b.Score || (a.Score == b.Score && a.Ord > b.Ord);

    private void Up(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Worse(heap[at], heap[parent]))
            {
                return;
            }

            (heap[at], heap[parent]) = (heap[parent], heap[at]);
            at = parent;
        }
    }

    private void Down(int at)
    {
        while (true)
        {
            var worst = at;
            foreach (var child in (ReadOnlySpan<int>)[(2 * at) + 1, (2 * at) + 2])
            {
                if (child < heap.Count && Worse(heap[child], heap[worst]))
                {
                    worst = child;
                }
            }

            if (worst == at)
            {
                return;
            }

            (heap[at], heap[worst]) = (heap[worst], heap[at]);
            at = worst;
        }
    }
}
