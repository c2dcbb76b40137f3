using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Errors;
using Rugao.Graph.Standards;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Search;

/// <summary>
/// Search as the API offers it: checks the text, turns the filter into the standards it allows (listing, status and
/// subtree rules live in the database, not in the engines), asks the engine, and adds snippets and facets.
/// </summary>
public sealed class StandardSearch(ISearchEngine engine, IDbContextFactory<RugaoDbContext> contexts, StandardFactsSnapshot snapshot)
{
    /// <summary>Why the text cannot be searched, or null when it can.</summary>
    public static ErrorCode? Check(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ErrorCatalog.SearchQueryEmpty
        : QueryText.Parse(text).Terms.Count == 0 ? ErrorCatalog.SearchQueryOnlySymbols
        : text.Length > SearchQueryLimits.MaxTextLength ? ErrorCatalog.SearchQueryTooLong
        : null;

    public async Task<SearchOutcome> SearchAsync(string text, SearchFilter filter, DateOnly asOf, int offset, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (Check(text) is { } refusal)
        {
            throw new ArgumentException(refusal.Code, nameof(text));
        }

        var facts = await snapshot.GetAsync(cancellationToken);
        var allowed = await AllowedAsync(filter, facts, asOf, cancellationToken);
        if (allowed is { Count: 0 })
        {
            return SearchOutcome.Empty;
        }

        var query = QueryText.Parse(text);
        var code = StandardCode.TryParse(text, out var parsed, out _) ? parsed : null;
        var matches = await engine.SearchAsync(
            new SearchRequest(query, code, asOf, allowed, filter.Kinds is { Count: > 0 } kinds ? kinds : null, offset, limit),
            cancellationToken);
        var hits = matches.Page.Select(m => Hit(m, query)).ToList();
        return new SearchOutcome(hits, matches.TotalCount, Facets(matches.CountByStandard, facts, asOf));
    }

    public async Task<IReadOnlyList<SearchDocument>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : await engine.SuggestAsync(QueryText.Normalize(prefix), limit, cancellationToken);

    private static FoundHit Hit(SearchMatch match, QueryText query)
    {
        var document = match.Document;
        var sources = document.Kind == SearchKind.Standard
            ? [document.Title]
            : new[] { document.ClauseText, document.ClauseHeading, document.Title }.OfType<string>().ToArray();
        var snippets = sources.Select(text => Snippets.Build(text, query.Terms)).ToList();
        var (snippet, highlights) = snippets.FirstOrDefault(s => s.Highlights.Count > 0, snippets[0]);
        return new FoundHit(document, match.Score, snippet, highlights);
    }

    /// <summary>
    /// The facets from the matches per standard. A common word matches tens of thousands of standards, so counts are
    /// added up under typed keys and turned into text once per value, not once per standard.
    /// </summary>
    private static SearchFacets Facets(IReadOnlyDictionary<int, int> counts, IReadOnlyDictionary<int, StandardFacts> facts, DateOnly asOf)
    {
        var areas = new Dictionary<int, int>();
        var levels = new Dictionary<StandardLevel, int>();
        var statuses = new Dictionary<StandardStatus, int>();
        var departments = new Dictionary<int, int>();
        var listedAreas = new HashSet<int>();
        foreach (var (id, count) in counts)
        {
            if (!facts.TryGetValue(id, out var standard))
            {
                continue;
            }

            Add(levels, standard.Level, count);
            Add(statuses, standard.StatusOn(asOf), count);
            Add(departments, standard.DepartmentId, count);
            listedAreas.Clear();
            foreach (var listing in standard.Listings)
            {
                if (listing.IsListedOn(asOf) && listedAreas.Add(listing.AreaId))
                {
                    Add(areas, listing.AreaId, count);
                }
            }
        }

        return new SearchFacets(Sorted(areas, Invariant), Sorted(levels, Named), Sorted(statuses, Named), Sorted(departments, Invariant));

        static void Add<TKey>(Dictionary<TKey, int> facet, TKey value, int count)
            where TKey : notnull =>
            CollectionsMarshal.GetValueRefOrAddDefault(facet, value, out _) += count;

        static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

        static string Named<TEnum>(TEnum value)
            where TEnum : struct, Enum => value.ToString();

        static List<FacetValue> Sorted<TKey>(Dictionary<TKey, int> facet, Func<TKey, string> text)
            where TKey : notnull =>
            facet.Select(p => new FacetValue(text(p.Key), p.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList();
    }

    /// <summary>The standards the filter allows, or null when it allows every standard.</summary>
    private async Task<HashSet<int>?> AllowedAsync(SearchFilter filter, IReadOnlyDictionary<int, StandardFacts> facts, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        IEnumerable<StandardFacts>? allowed = null;
        IEnumerable<StandardFacts> Narrow(Func<StandardFacts, bool> keep) => (allowed ?? facts.Values).Where(keep);

        if (filter.StandardIds is { Count: > 0 } ids)
        {
            allowed = Narrow(s => ids.Contains(s.Id));
        }

        if (filter.Levels is { Count: > 0 } levels)
        {
            allowed = Narrow(s => levels.Contains(s.Level));
        }

        if (filter.DepartmentIds is { Count: > 0 } departments)
        {
            allowed = Narrow(s => departments.Contains(s.DepartmentId));
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            allowed = Narrow(s => statuses.Contains(s.StatusOn(asOf)));
        }

        if (filter.AreaIds is { Count: > 0 } areas)
        {
            allowed = Narrow(s => s.Listings.Any(l => areas.Contains(l.AreaId) && l.IsListedOn(asOf)));
        }

        if (filter.ServiceItemIds is { Count: > 0 } items)
        {
            allowed = Narrow(s => s.Listings.Any(l => l.ServiceItemId is { } item && items.Contains(item) && l.IsListedOn(asOf)));
        }

        if (filter.SystemNodeIds is { Count: > 0 } nodes)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var subtree = await SystemSubtree.IdsAsync(db, nodes, cancellationToken);
            allowed = Narrow(s => subtree.Contains(s.SystemNodeId));
        }

        return allowed?.Select(s => s.Id).ToHashSet();
    }
}
