namespace Rugao.Graph.Search;

/// <summary>A completion for a search box: a standard whose title or code starts with what was typed.</summary>
public sealed record Suggestion(int StandardId, string Code, string Title, string Text);
