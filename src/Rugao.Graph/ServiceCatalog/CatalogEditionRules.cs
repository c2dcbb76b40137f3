namespace Rugao.Graph.ServiceCatalog;

public static class CatalogEditionRules
{
    /// <summary>The edition in force on <paramref name="day"/>: the latest that took effect by then, else the first.</summary>
    public static ServiceCatalogEdition? InForce(IEnumerable<ServiceCatalogEdition> editions, DateOnly day)
    {
        var ordered = editions.OrderBy(e => e.EffectiveFrom).ToList();
        return ordered.LastOrDefault(e => e.EffectiveFrom <= day) ?? ordered.FirstOrDefault();
    }
}
