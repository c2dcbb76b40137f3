namespace Rugao.Graph.Search;

public static class SearchQueryLimits
{
    /// <summary>Longer texts are refused: nobody types more into a search box, and cost grows with every term.</summary>
    public const int MaxTextLength = 200;

    public const int MaxSuggestions = 20;
}
