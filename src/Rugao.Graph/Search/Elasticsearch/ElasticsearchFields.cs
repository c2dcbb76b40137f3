namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Field names of the index, spelled once for the mapping, the queries and <see cref="ElasticsearchDocument"/>.</summary>
internal static class ElasticsearchFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string StandardId = "standardId";
    public const string VersionId = "versionId";
    public const string ClauseId = "clauseId";
    public const string Identity = "identity";
    public const string CompactCode = "compactCode";
    public const string CodeNumber = "codeNumber";
    public const string VersionCode = "versionCode";
    public const string Title = "title";
    public const string TitleEn = "titleEn";
    public const string ClauseNumber = "clauseNumber";
    public const string ClauseHeading = "clauseHeading";
    public const string ClauseText = "clauseText";
    public const string ClausePath = "clausePath";
    public const string AncestorHeadings = "ancestorHeadings";
    public const string Level = "level";
    public const string Nature = "nature";
    public const string DepartmentId = "departmentId";
    public const string SystemNodeId = "systemNodeId";
    public const string SystemNodePath = "systemNodePath";
    public const string Listings = "listings";
    public const string VisibleFrom = "visibleFrom";
    public const string VisibleTo = "visibleTo";
    public const string FirstEffectiveOn = "firstEffectiveOn";
    public const string AbolishedOn = "abolishedOn";
    public const string SupersededOn = "supersededOn";

    /// <summary>Sub-field of every Chinese text field holding its CJK bigrams, beside the words of the field itself.</summary>
    public const string Bigrams = "bigrams";

    /// <summary>Sub-field of the title holding it whole and lower-cased, for completion.</summary>
    public const string Keyword = "keyword";

    public static string BigramsOf(string field) => $"{field}.{Bigrams}";
}
