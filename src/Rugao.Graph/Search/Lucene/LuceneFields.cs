namespace Rugao.Graph.Search.Lucene;

/// <summary>The index's field names; each text field is indexed twice, as words and as CJK bigrams.</summary>
internal static class LuceneFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string StandardId = "standardId";
    public const string VisibleFrom = "visibleFrom";
    public const string VisibleTo = "visibleTo";
    public const string Code = "code";
    public const string CodeNumber = "codeNumber";
    public const string ClauseNumber = "clauseNumber";
    public const string TitleKey = "titleKey";

    /// <summary>A standard's whole search document, stored on the standard's document.</summary>
    public const string Stored = "document";

    /// <summary>What a clause's search document adds to its standard's (<see cref="Lucene.StoredClause"/>), stored on the clause's document.</summary>
    public const string StoredClause = "clause";

    public const string Title = "title";
    public const string Heading = "heading";
    public const string Text = "text";
    public const string Ancestors = "ancestors";

    public const string WordsSuffix = ".words";
    public const string BigramsSuffix = ".bigrams";

    public static string Words(string textField) => textField + WordsSuffix;

    public static string Bigrams(string textField) => textField + BigramsSuffix;
}
