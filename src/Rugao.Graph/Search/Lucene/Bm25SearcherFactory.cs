using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Rugao.Graph.Search.Lucene;

/// <summary>Searchers that score with BM25, Elasticsearch's default, so both engines rank alike.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static readonly Similarity Similarity = new FieldBm25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
