namespace Rugao.Graph.Clauses;

/// <summary>
/// What changed between two versions' clauses, aligned by <see cref="Clause.Lineage"/> so that a renumbered clause
/// is one change, not a removal and an addition. Each list is in the newer version's document order; removed
/// clauses are ordered where they stood in the older one.
/// </summary>
public sealed record ClauseDiff(IReadOnlyList<Clause> Added, IReadOnlyList<Clause> Removed, IReadOnlyList<ClauseChange> Changed)
{
    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>; each holds one version's clauses.</summary>
    public static ClauseDiff Compare(IEnumerable<Clause> older, IEnumerable<Clause> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.OrderBy(c => c.Position).ToList();
        var after = newer.OrderBy(c => c.Position).ToList();
        var beforeByLineage = before.ToDictionary(c => c.Lineage);
        var afterLineages = after.Select(c => c.Lineage).ToHashSet();

        var added = new List<Clause>();
        var changed = new List<ClauseChange>();
        foreach (var clause in after)
        {
            if (!beforeByLineage.TryGetValue(clause.Lineage, out var previous))
            {
                added.Add(clause);
            }
            else if (ClauseChange.Between(previous, clause) is { } change)
            {
                changed.Add(change);
            }
        }

        var removed = before.Where(c => !afterLineages.Contains(c.Lineage)).ToList();
        return new ClauseDiff(added, removed, changed);
    }
}
