namespace Rugao.Graph.ServiceCatalog;

/// <summary>What the <c>serviceItems</c> list is narrowed to; empty lists and nulls narrow nothing.</summary>
public sealed record ServiceItemFilter
{
    public IReadOnlyCollection<int> AreaIds { get; init; } = [];

    public IReadOnlyCollection<int> CategoryIds { get; init; } = [];

    public IReadOnlyCollection<int> DepartmentIds { get; init; } = [];

    /// <summary>Matched anywhere in the name, the service content or the service object.</summary>
    public string? Text { get; init; }

    /// <summary>True: only items with a standard listed on the day; false: only those without.</summary>
    public bool? HasStandard { get; init; }
}
