namespace Rugao.Graph.Search;

/// <summary>The search engine cannot be reached or is not ready; everything else keeps working.</summary>
public sealed class SearchUnavailableException : Exception
{
    public SearchUnavailableException() { }

    public SearchUnavailableException(string message) : base(message) { }

    public SearchUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
