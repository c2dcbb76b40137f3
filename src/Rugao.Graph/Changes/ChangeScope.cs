namespace Rugao.Graph.Changes;

/// <summary>
/// What a change is about beyond its own columns: the service areas and items its standard is (or was) listed for and
/// the department that owns it, so a filter on an area, item or department also catches changes to linked standards.
/// </summary>
public sealed record ChangeScope(
    IReadOnlySet<int> AreaIds,
    IReadOnlySet<int> ServiceItemIds,
    IReadOnlySet<int> DepartmentIds)
{
    public static readonly ChangeScope None = new(new HashSet<int>(), new HashSet<int>(), new HashSet<int>());
}
