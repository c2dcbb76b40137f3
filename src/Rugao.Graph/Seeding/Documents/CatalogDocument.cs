using Rugao.Graph.Standards;

namespace Rugao.Graph.Seeding.Documents;

public sealed record CatalogDocument(
    string File,
    string Code,
    string Name,
    string Jurisdiction,
    string? Basis,
    DateOnly PublishedOn,
    DateOnly EffectiveFrom,
    IReadOnlyList<AreaDocument> Areas);

public sealed record AreaDocument(int Line, string Code, string Name, IReadOnlyList<CategoryDocument> Categories);

public sealed record CategoryDocument(int Line, string Code, string Name, IReadOnlyList<ItemDocument> Items);

public sealed record ItemDocument(
    int Line,
    string Code,
    string Name,
    string ServiceObject,
    string ServiceContent,
    string ServiceStandard,
    string PaymentResponsibility,
    string LeadDepartment,
    string? DepartmentCode,
    IReadOnlyList<ListingDocument> Standards);

public sealed record ListingDocument(int Line, StandardCode Code, DateOnly ListedOn, string? Reason);
