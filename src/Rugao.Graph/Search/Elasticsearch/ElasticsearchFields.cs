namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The index's field names, the same as the embedded engine's: keywords to match and filter on, four text fields each
/// analysed twice (<c>title.words</c>, <c>title.bigrams</c> …), and the whole <see cref="SearchDocument"/> under
/// <c>document</c> for the hits.
/// </summary>
internal static class ElasticsearchFields
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
    public const string Document = "document";

    public const string Title = "title";
    public const string Heading = "heading";
    public const string Text = "text";
    public const string Ancestors = "ancestors";

    public const string WordsField = "words";
    public const string BigramsField = "bigrams";

    public static readonly IReadOnlyList<string> TextFields = [Title, Heading, Text, Ancestors];

    public static string Words(string textField) => $"{textField}.{WordsField}";

    public static string Bigrams(string textField) => $"{textField}.{BigramsField}";
}
