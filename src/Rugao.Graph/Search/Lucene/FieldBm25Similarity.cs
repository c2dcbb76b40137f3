using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Rugao.Graph.Search.Lucene.Scoring;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// BM25 (k1 1.2, b 0.75) with document frequency and average length taken over the documents that have the field,
/// as Lucene does since 6.0 and so Elasticsearch does. Lucene 4.8 divides by every document in the index, which for
/// a field only standards have (<c>title</c>) makes the average length tiny and crushes every title match.
/// </summary>
internal sealed class FieldBm25Similarity : BM25Similarity
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        var documents = DocumentsWithField(collectionStats);
        return new Explanation(Idf(termStats.DocFreq, documents), $"idf(docFreq={termStats.DocFreq}, docCount={documents})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(termStats);
        var sum = new Explanation { Description = "idf(), sum of:" };
        foreach (var term in termStats)
        {
            var idf = IdfExplain(collectionStats, term);
            sum.AddDetail(idf);
            sum.Value += idf.Value;
        }

        return sum;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        var documents = DocumentsWithField(collectionStats);
        return collectionStats.SumTotalTermFreq <= 0 || documents <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)documents);
    }

    /// <summary>
    /// What BM25 scores one term with, as Lucene's own scorer computes it (same operations, same order, so the same
    /// floats): the term's weight times k1 + 1, and per encoded field length k1 × (1 − b + b × length / average).
    /// </summary>
    /// <param name="boost">The term query's own boost.</param>
    /// <param name="enclosingBoost">The boosts of the queries around it, multiplied from the outside in.</param>
    public Bm25TermWeight Weigh(float boost, float enclosingBoost, CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var idf = IdfExplain(collectionStats, termStats).Value;
        var averageLength = AvgFieldLength(collectionStats);
        var lengthPart = new float[256];
        for (var i = 0; i < lengthPart.Length; i++)
        {
            lengthPart[i] = K1 * ((1 - B) + (B * DecodeNormValue((byte)i) / averageLength));
        }

        var weight = idf * boost * enclosingBoost;
        return new Bm25TermWeight(weight * (K1 + 1), lengthPart, K1);
    }

    private static long DocumentsWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}
