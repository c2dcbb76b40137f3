namespace Rugao.Graph.Standards;

/// <summary>
/// A standard's published versions on the calendar: which version is in force on a day, when each stops, and the
/// standard's status. Pure: it reads the rows it is given.
/// </summary>
public sealed class StandardTimeline
{
    private readonly Standard standard;

    public StandardTimeline(Standard standard, IEnumerable<StandardVersion> versions, DateOnly? supersededOn)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(versions);
        this.standard = standard;
        Versions = versions.Where(v => v.IsPublished).OrderBy(v => v.Number).ToList();
        SupersededOn = supersededOn;
    }

    public Standard Standard => standard;

    /// <summary>Published versions in publication order.</summary>
    public IReadOnlyList<StandardVersion> Versions { get; }

    /// <summary>The day the successor standard takes effect, if there is one.</summary>
    public DateOnly? SupersededOn { get; }

    /// <summary>The first day the standard is no longer in force, by abolition or supersession.</summary>
    public DateOnly? EndsOn => (standard.AbolishedOn, SupersededOn) switch
    {
        ({ } a, { } s) => a < s ? a : s,
        (var a, var s) => a ?? s,
    };

    public StandardStatus StatusOn(DateOnly asOf) =>
        StandardStatusRules.StatusOn(Versions.Count == 0 ? null : Versions.Min(v => v.EffectiveFrom),
            standard.AbolishedOn, SupersededOn, asOf);

    /// <summary>The version in force on <paramref name="asOf"/>; before the first takes effect, the first.</summary>
    public StandardVersion? VersionOn(DateOnly asOf) => LatestEffective(Versions, asOf);

    /// <summary>The version of the edition printed with <paramref name="year"/> that applies on <paramref name="asOf"/>.</summary>
    public StandardVersion? VersionOfYear(int year, DateOnly asOf) =>
        LatestEffective(Versions.Where(v => v.Year == year).ToList(), asOf);

    /// <summary>The edition (not an amendment) that <paramref name="version"/> belongs to.</summary>
    public StandardVersion? EditionOf(StandardVersion? version) =>
        version is null
            ? null
            : Versions.LastOrDefault(v => v.Kind == StandardVersionKind.Edition && v.Number <= version.Number) ?? version;

    /// <summary>The last day <paramref name="version"/> is in force; null while nothing ends it.</summary>
    public DateOnly? EffectiveTo(StandardVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var next = Versions.FirstOrDefault(v => v.Number > version.Number);
        var end = next?.EffectiveFrom ?? EndsOn;
        return end?.AddDays(-1);
    }

    private static StandardVersion? LatestEffective(IReadOnlyList<StandardVersion> versions, DateOnly asOf) =>
        versions.LastOrDefault(v => v.EffectiveFrom <= asOf) ?? (versions.Count > 0 ? versions[0] : null);
}
