using Rugao.Graph.Standards;

namespace Rugao.Graph.Clauses;

/// <summary>The revisions of one clause across a standard's published versions, oldest first. Pure.</summary>
public static class ClauseHistory
{
    /// <param name="timeline">The standard's published versions.</param>
    /// <param name="lineage">The clause in every version that has it (one lineage; other versions are ignored).</param>
    public static IReadOnlyList<ClauseRevision> Of(StandardTimeline timeline, IEnumerable<Clause> lineage)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(lineage);
        var byVersion = lineage.ToDictionary(c => c.VersionId);
        var revisions = new List<ClauseRevision>();
        Clause? previous = null;
        foreach (var version in timeline.Versions)
        {
            if (!byVersion.TryGetValue(version.Id, out var clause))
            {
                previous = null;
                continue;
            }

            var validTo = timeline.EffectiveTo(version);
            if (previous is not null && !ClauseChange.Differ(previous, clause))
            {
                revisions[^1] = revisions[^1] with { ValidTo = validTo };
            }
            else
            {
                var last = revisions.Count > 0 ? revisions[^1].Clause : null;
                revisions.Add(new ClauseRevision(version, clause, version.EffectiveFrom.GetValueOrDefault(), validTo,
                    Substantive: last is null || ClauseChange.IsSubstantive(last, clause)));
            }

            previous = clause;
        }

        return revisions;
    }
}
