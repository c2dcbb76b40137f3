namespace Rugao.Graph.Standards;

// The stored status string of the platforms goes stale; the status is always derived from dates (domain notes §2.4).
public static class StandardStatusRules
{
    public static StandardStatus StatusOn(
        DateOnly? firstEffectiveFrom,
        DateOnly? abolishedOn,
        DateOnly? supersededOn,
        DateOnly asOf)
    {
        if (abolishedOn <= asOf)
        {
            return StandardStatus.Abolished;
        }

        if (supersededOn <= asOf)
        {
            return StandardStatus.Superseded;
        }

        if (firstEffectiveFrom is not { } effectiveFrom)
        {
            return StandardStatus.Draft;
        }

        // The 实施日期 itself is the first day in force.
        return effectiveFrom > asOf ? StandardStatus.Upcoming : StandardStatus.Current;
    }
}
