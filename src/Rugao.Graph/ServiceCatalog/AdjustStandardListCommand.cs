namespace Rugao.Graph.ServiceCatalog;

/// <summary>List or delist a standard for a service area, or for one service item of it, from a day (default today).</summary>
public sealed record AdjustStandardListCommand(
    int StandardId,
    int? AreaId,
    int? ServiceItemId,
    ListAction Action,
    DateOnly? EffectiveOn,
    string? Reason);
