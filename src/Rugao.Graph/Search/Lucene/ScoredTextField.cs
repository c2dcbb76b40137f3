using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// An analysed text field with term frequencies but no positions: every text query is a disjunction or conjunction
/// of terms scored by BM25 (frequencies and norms), never a phrase, and snippets come from the stored document, so
/// positions would only cost indexing time and space.
/// </summary>
internal static class ScoredTextField
{
    private static readonly FieldType Type = Frozen();

    public static Field Of(string name, string value) => new(name, value, Type);

    public static Field Of(string name, TokenStream tokens) => new(name, tokens, Type);

    private static FieldType Frozen()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }
}
