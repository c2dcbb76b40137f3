using Rugao.Graph.Standards;

namespace Rugao.Graph.Search;

/// <summary>Narrows a search; parts combine with AND, values within a part with OR, empty or null parts are ignored.</summary>
public sealed record SearchFilter
{
    public IReadOnlyList<int>? AreaIds { get; init; }
    public IReadOnlyList<int>? ServiceItemIds { get; init; }

    /// <summary>Standard system nodes; each includes its subtree.</summary>
    public IReadOnlyList<int>? SystemNodeIds { get; init; }

    public IReadOnlyList<StandardLevel>? Levels { get; init; }

    /// <summary>Statuses on the search's day.</summary>
    public IReadOnlyList<StandardStatus>? Statuses { get; init; }

    public IReadOnlyList<int>? DepartmentIds { get; init; }
    public IReadOnlyList<int>? StandardIds { get; init; }
    public IReadOnlyList<SearchKind>? Kinds { get; init; }
}
