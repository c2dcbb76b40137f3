using System.Linq.Expressions;

namespace Rugao.Graph.Standards;

/// <summary>
/// What a reader may see of standards. A standard that never took effect (no first effective day) is a draft, and so
/// is a version without a publication day: the public sees neither, editors see both. Each rule is written once, as an
/// expression for database queries; the in-memory checks are compiled from the same expressions.
/// </summary>
public static class StandardVisibility
{
    /// <summary>Standards published at least once.</summary>
    public static Expression<Func<Standard, bool>> Published { get; } = s => s.FirstEffectiveOn != null;

    /// <summary>Versions that have been published (editions and amendments, never an open draft).</summary>
    public static Expression<Func<StandardVersion, bool>> PublishedVersion { get; } = v => v.PublishedOn != null;

    /// <summary>Versions not yet published: a standard's open draft. The negation of <see cref="PublishedVersion"/>.</summary>
    public static Expression<Func<StandardVersion, bool>> Draft { get; } =
        Expression.Lambda<Func<StandardVersion, bool>>(Expression.Not(PublishedVersion.Body), PublishedVersion.Parameters);

    private static readonly Expression<Func<Standard, bool>> EveryStandard = s => true;
    private static readonly Expression<Func<StandardVersion, bool>> EveryVersion = v => true;
    private static readonly Func<Standard, bool> IsPublishedStandard = Published.Compile();
    private static readonly Func<StandardVersion, bool> IsPublishedVersion = PublishedVersion.Compile();

    public static bool IsPublished(Standard standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return IsPublishedStandard(standard);
    }

    public static bool IsPublished(StandardVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return IsPublishedVersion(version);
    }

    /// <summary>The standards <paramref name="reader"/> may see, for a query.</summary>
    public static Expression<Func<Standard, bool>> StandardsFor(Readership reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.SeesDrafts ? EveryStandard : Published;
    }

    /// <summary>The versions <paramref name="reader"/> may see, for a query.</summary>
    public static Expression<Func<StandardVersion, bool>> VersionsFor(Readership reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.SeesDrafts ? EveryVersion : PublishedVersion;
    }

    public static bool CanSee(Readership reader, Standard standard)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.SeesDrafts || IsPublished(standard);
    }

    public static bool CanSee(Readership reader, StandardVersion version)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.SeesDrafts || IsPublished(version);
    }
}
