namespace Rugao.Graph.Search;

/// <summary>What a search document stands for: a whole standard, or one clause of one version.</summary>
public enum SearchKind
{
    Standard,
    Clause,
}
