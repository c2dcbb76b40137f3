using Rugao.Graph.Seeding.Documents;

namespace Rugao.Graph.Seeding;

/// <summary>Everything in the seed folder, read and cross-checked, ready to be written in one transaction.</summary>
public sealed record SeedSet(
    IReadOnlyList<DepartmentDocument> Departments,
    IReadOnlyList<SystemNodeDocument> SystemNodes,
    IReadOnlyList<StandardDocument> Standards,
    IReadOnlyList<CatalogDocument> Catalogs,
    IReadOnlyList<IndicatorDocument> Indicators);
