namespace Rugao.Graph.Changes;

/// <summary>
/// Which changes a consumer wants. Parts combine with AND, the values of one part with OR. An area, item or
/// department matches a change whose own columns name it and also any change to a standard listed for it or owned
/// by it (see <see cref="ChangeScope"/>). Editorial changes (drafts) are left out unless asked for.
/// </summary>
public sealed record ChangeFilter
{
    public static readonly ChangeFilter All = new() { IncludeEditorial = true };

    /// <summary>Kinds that concern drafts only, which the public must not see.</summary>
    public static readonly IReadOnlySet<ChangeKind> EditorialKinds = new HashSet<ChangeKind> { ChangeKind.Created, ChangeKind.DraftUpdated };

    public IReadOnlyCollection<ChangeKind>? Kinds { get; init; }
    public IReadOnlyCollection<int>? AreaIds { get; init; }
    public IReadOnlyCollection<int>? ServiceItemIds { get; init; }
    public IReadOnlyCollection<int>? StandardIds { get; init; }
    public IReadOnlyCollection<int>? DepartmentIds { get; init; }
    public bool IncludeEditorial { get; init; }

    /// <summary>The in-memory twin of <see cref="ChangeFeed"/>'s SQL, for notices already read.</summary>
    public bool Matches(ChangeNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return (IncludeEditorial || !EditorialKinds.Contains(notice.Kind))
            && (Kinds is not { Count: > 0 } kinds || kinds.Contains(notice.Kind))
            && (StandardIds is not { Count: > 0 } standards || (notice.StandardId is { } id && standards.Contains(id)))
            && Overlaps(AreaIds, notice.Scope.AreaIds)
            && Overlaps(ServiceItemIds, notice.Scope.ServiceItemIds)
            && Overlaps(DepartmentIds, notice.Scope.DepartmentIds);
    }

    private static bool Overlaps(IReadOnlyCollection<int>? wanted, IReadOnlySet<int> scope) =>
        wanted is not { Count: > 0 } || wanted.Any(scope.Contains);
}
