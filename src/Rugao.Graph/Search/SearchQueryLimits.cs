namespace Rugao.Graph.Search;

public static class SearchQueryLimits
{
    /// <summary>Longer texts are refused: nobody types more into a search box, and cost grows with every term.</summary>
    public const int MaxTextLength = 200;

    public const int MaxSuggestions = 20;

    /// <summary>How deep paging may go; Elasticsearch refuses beyond this, so both engines stop here.</summary>
    public const int MaxWindow = 10_000;
}
