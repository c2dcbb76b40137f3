using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>Turns a <see cref="SearchDocument"/> into the fields <see cref="LuceneFields"/> names.</summary>
internal static class LuceneDocumentWriter
{
    public static Document ToLucene(SearchDocument source) => ToLucene(source, null);

    /// <param name="source">The document.</param>
    /// <param name="repeated">
    /// When given, the title, heading and ancestor headings — strings shared by many clauses — are analysed through
    /// it once per batch; clause text, nearly always distinct, is analysed by the writer as before.
    /// </param>
    public static Document ToLucene(SearchDocument source, TokenCache? repeated)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = new Document
        {
            new StringField(LuceneFields.Id, source.Id, Field.Store.NO),
            new SortedDocValuesField(LuceneFields.Id, new BytesRef(source.Id)),
            new StringField(LuceneFields.Kind, KindTerm(source.Kind), Field.Store.NO),
            new Int32Field(LuceneFields.StandardId, source.StandardId, Field.Store.NO),
            new NumericDocValuesField(LuceneFields.StandardId, source.StandardId),
            new Int32Field(LuceneFields.VisibleFrom, IndexDays.Of(source.VisibleFrom), Field.Store.NO),
            new Int32Field(LuceneFields.VisibleTo, IndexDays.Of(source.VisibleTo), Field.Store.NO),
            new StringField(LuceneFields.Code, CodeTerm(source.CompactCode), Field.Store.NO),
            new SortedDocValuesField(LuceneFields.Code, new BytesRef(CodeTerm(source.CompactCode))),
            new StringField(LuceneFields.CodeNumber, source.CodeNumber, Field.Store.NO),
            new StringField(LuceneFields.TitleKey, QueryText.Normalize(source.Title), Field.Store.NO),
            new StoredField(LuceneFields.Stored, StoredSearchDocument.Write(source)),
        };
        if (source.ClauseNumber is { } number)
        {
            document.Add(new StringField(LuceneFields.ClauseNumber, ClauseNumberTerm(number), Field.Store.NO));
        }

        // A clause sits under its standard's title as under its ancestors' headings: scored as one of them, the
        // title lifts the clauses of a matching standard without putting each above the standard itself.
        AddText(document, source.Kind == SearchKind.Standard ? LuceneFields.Title : LuceneFields.Ancestors, source.Title, repeated);
        AddText(document, LuceneFields.Heading, source.ClauseHeading, repeated);
        AddText(document, LuceneFields.Text, source.ClauseText, null);
        foreach (var heading in source.AncestorHeadings)
        {
            AddText(document, LuceneFields.Ancestors, heading, repeated);
        }

        return document;
    }

    public static string KindTerm(SearchKind kind) => kind == SearchKind.Standard ? "standard" : "clause";

    /// <summary>Codes are matched on letters, digits and dots only, lower case: <c>GB/T 28220</c> → <c>gbt28220</c>.</summary>
    public static string CodeTerm(string text) =>
        string.Concat(QueryText.Normalize(text).Where(c => char.IsLetterOrDigit(c) || c == '.'));

    public static string ClauseNumberTerm(string number) => QueryText.Normalize(number);

    private static void AddText(Document document, string field, string? value, TokenCache? repeated)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var words = LuceneFields.Words(field);
        var bigrams = LuceneFields.Bigrams(field);
        if (repeated is null)
        {
            document.Add(ScoredTextField.Of(words, value));
            document.Add(ScoredTextField.Of(bigrams, value));
        }
        else
        {
            document.Add(ScoredTextField.Of(words, repeated.Stream(words, value)));
            document.Add(ScoredTextField.Of(bigrams, repeated.Stream(bigrams, value)));
        }
    }
}
