namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// One term's BM25 score in a document from its frequency and the document's encoded field length (norm):
/// weight × freq / (freq + lengthPart[norm]); a field without norms counts as average length (k1).
/// </summary>
internal sealed class Bm25TermWeight(float weight, float[] lengthPart, float withoutNorms)
{
    /// <summary>Stands for the norm of a field that has none.</summary>
    public const int NoNorm = -1;

    public float Score(int frequency, byte[]? norms, int doc) => Score(frequency, norms is null ? NoNorm : norms[doc]);

    public float Score(int frequency, int norm)
    {
        var lengthFactor = norm == NoNorm ? withoutNorms : lengthPart[norm];
        return weight * frequency / (frequency + lengthFactor);
    }
}
