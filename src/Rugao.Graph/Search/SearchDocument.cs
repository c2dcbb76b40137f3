using Rugao.Graph.Standards;

namespace Rugao.Graph.Search;

/// <summary>
/// One entry of the search index, engine-neutral. A standard has one <see cref="SearchKind.Standard"/> document and
/// one <see cref="SearchKind.Clause"/> document per clause of every published version, so <c>asOf</c> can pick the
/// version shown on a day through <see cref="VisibleFrom"/> and <see cref="VisibleTo"/>.
/// </summary>
public sealed record SearchDocument
{
    /// <summary><c>standard:12</c> or <c>clause:345</c>; unique in the index.</summary>
    public required string Id { get; init; }

    public required SearchKind Kind { get; init; }
    public required int StandardId { get; init; }
    public int? VersionId { get; init; }
    public int? ClauseId { get; init; }

    /// <summary>The code without year (<c>GB/T 28220</c>).</summary>
    public required string Identity { get; init; }

    /// <summary>Letters and digits of the identity (<c>GBT28220</c>), the form codes are matched in.</summary>
    public required string CompactCode { get; init; }

    /// <summary>The number part of the code (<c>28220</c>, <c>24421.2</c>).</summary>
    public required string CodeNumber { get; init; }

    /// <summary>The code of the version (<c>GB/T 28220-2023</c>); for a standard document, the latest.</summary>
    public required string VersionCode { get; init; }

    public required string Title { get; init; }
    public string? TitleEn { get; init; }

    public string? ClauseNumber { get; init; }
    public string? ClauseHeading { get; init; }
    public string? ClauseText { get; init; }

    /// <summary>Number path, e.g. <c>5 › 5.2 › 5.2.1</c>.</summary>
    public string? ClausePath { get; init; }

    /// <summary>Headings of the clause's ancestors, outermost first, so a search for 服务流程 finds its sub-clauses.</summary>
    public IReadOnlyList<string> AncestorHeadings { get; init; } = [];

    public required StandardLevel Level { get; init; }
    public required StandardNature Nature { get; init; }
    public required int DepartmentId { get; init; }
    public required int SystemNodeId { get; init; }

    /// <summary>The system node and all its ancestors, so a filter on a node matches its subtree.</summary>
    public IReadOnlyList<int> SystemNodePath { get; init; } = [];

    /// <summary>Areas and service items the standard has ever been listed for, with the listing intervals.</summary>
    public IReadOnlyList<ListingInterval> Listings { get; init; } = [];

    /// <summary>First day this document is what the API shows (publication of the first version, then each version's effective date).</summary>
    public required DateOnly VisibleFrom { get; init; }

    /// <summary>Last day it is shown; null while no later version replaces it.</summary>
    public DateOnly? VisibleTo { get; init; }

    /// <summary>The standard's dates that decide its status on any day (see <see cref="StandardStatusRules"/>).</summary>
    public required DateOnly FirstEffectiveOn { get; init; }

    public DateOnly? AbolishedOn { get; init; }
    public DateOnly? SupersededOn { get; init; }

    public StandardStatus StatusOn(DateOnly day) =>
        StandardStatusRules.StatusOn(FirstEffectiveOn, AbolishedOn, SupersededOn, day);

    public bool IsVisibleOn(DateOnly day) => VisibleFrom <= day && (VisibleTo is null || VisibleTo >= day);
}
