namespace Rugao.Graph.Standards;

/// <summary>Which standards a list shows; every part is optional and parts combine with AND, values within a part with OR.</summary>
public sealed record StandardFilter
{
    public IReadOnlyList<int>? AreaIds { get; init; }
    public IReadOnlyList<int>? ServiceItemIds { get; init; }

    /// <summary>Standard system nodes; a node includes its whole subtree.</summary>
    public IReadOnlyList<int>? SystemNodeIds { get; init; }

    public IReadOnlyList<StandardLevel>? Levels { get; init; }
    public IReadOnlyList<StandardNature>? Natures { get; init; }
    public IReadOnlyList<StandardStatus>? Statuses { get; init; }
    public IReadOnlyList<int>? DepartmentIds { get; init; }
    public DateRange? IssuedOn { get; init; }
    public DateRange? EffectiveOn { get; init; }

    /// <summary>Matched inside the title and the code, case-insensitively.</summary>
    public string? Text { get; init; }
}
