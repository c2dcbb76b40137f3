namespace Rugao.Graph.Search;

/// <summary>
/// A search as the user typed it. <see cref="Text"/> is taken literally: characters that mean something to a query
/// language (<c>" * : ~ ( AND</c>) are just text.
/// </summary>
public sealed record SearchQuery(string Text, DateOnly AsOf, SearchFilter Filter, int Offset, int Limit)
{
    public const int MaxTextLength = 200;
}
