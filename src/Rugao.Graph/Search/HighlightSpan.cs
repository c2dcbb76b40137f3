namespace Rugao.Graph.Search;

/// <summary>A highlighted run of a snippet, in UTF-16 code units from the snippet's start.</summary>
public sealed record HighlightSpan(int Start, int Length);
