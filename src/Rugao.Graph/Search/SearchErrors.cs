namespace Rugao.Graph.Search;

/// <summary>Stable codes for searches the service refuses.</summary>
public static class SearchErrors
{
    public const string EmptyQuery = "SEARCH_QUERY_EMPTY";
    public const string QueryTooLong = "SEARCH_QUERY_TOO_LONG";
    public const string Unavailable = "SEARCH_UNAVAILABLE";
    public const string PageTooDeep = "SEARCH_PAGE_TOO_DEEP";
}
