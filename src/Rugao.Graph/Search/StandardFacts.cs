using Rugao.Graph.Standards;

namespace Rugao.Graph.Search;

/// <summary>What filters and facets need to know about one published standard, read from the database once per state of the change log (<see cref="StandardFactsSnapshot"/>).</summary>
internal sealed record StandardFacts(
    int Id,
    StandardLevel Level,
    int DepartmentId,
    int SystemNodeId,
    DateOnly FirstEffectiveOn,
    DateOnly? AbolishedOn,
    DateOnly? SupersededOn,
    IReadOnlyList<ListingInterval> Listings)
{
    public StandardStatus StatusOn(DateOnly day) => StandardStatusRules.StatusOn(FirstEffectiveOn, AbolishedOn, SupersededOn, day);
}
