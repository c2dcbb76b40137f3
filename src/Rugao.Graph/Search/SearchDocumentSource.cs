using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Clauses;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Search;

/// <summary>Reads published standards from the database and turns them into search documents.</summary>
public sealed class SearchDocumentSource(IDbContextFactory<RugaoDbContext> contexts)
{
    private const int BatchSize = 50;

    /// <summary>The documents of these standards now; a standard that is gone or unpublished yields none.</summary>
    public async Task<IReadOnlyList<SearchDocument>> ForStandardsAsync(IReadOnlyCollection<int> standardIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standardIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodePaths = await NodePathsAsync(db, cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var batch in standardIds.Chunk(BatchSize))
        {
            documents.AddRange(await BuildAsync(db, batch, nodePaths, cancellationToken));
        }

        return documents;
    }

    /// <summary>Every document, a batch of standards at a time, for a full rebuild.</summary>
    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodePaths = await NodePathsAsync(db, cancellationToken);
        var ids = await db.Standards.Where(StandardVisibility.Published).OrderBy(s => s.Id).Select(s => s.Id)
            .ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var document in await BuildAsync(db, batch, nodePaths, cancellationToken))
            {
                yield return document;
            }
        }
    }

    private static async Task<List<SearchDocument>> BuildAsync(RugaoDbContext db, int[] ids,
        Dictionary<int, int[]> nodePaths, CancellationToken cancellationToken)
    {
        var standards = await db.Standards.Where(StandardVisibility.Published).Where(s => ids.Contains(s.Id))
            .Select(s => new { Standard = s, SupersededOn = s.SupersededBy == null ? null : s.SupersededBy.FirstEffectiveOn })
            .ToListAsync(cancellationToken);
        var versions = (await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => ids.Contains(v.StandardId))
            .ToListAsync(cancellationToken)).ToLookup(v => v.StandardId);
        var versionIds = versions.SelectMany(g => g).Select(v => v.Id).ToList();
        var clauses = (await db.Clauses.Where(c => versionIds.Contains(c.VersionId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.VersionId);
        var listings = (await db.StandardListings.Where(l => ids.Contains(l.StandardId)).ToListAsync(cancellationToken))
            .ToLookup(l => l.StandardId);

        var documents = new List<SearchDocument>();
        foreach (var row in standards)
        {
            var ordered = versions[row.Standard.Id].OrderBy(v => v.Number).ToList();
            var common = Common(row.Standard, ordered, row.SupersededOn, nodePaths,
                listings[row.Standard.Id].Select(l => new ListingInterval(l.AreaId, l.ServiceItemId, l.ListedOn, l.DelistedOn)).ToList());
            documents.Add(common with { Id = $"standard:{row.Standard.Id}", Kind = SearchKind.Standard });
            for (var i = 0; i < ordered.Count; i++)
            {
                var version = ordered[i];
                var visibleFrom = i == 0 ? version.PublishedOn!.Value : version.EffectiveFrom!.Value;
                DateOnly? visibleTo = i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom!.Value.AddDays(-1) : null;
                var byId = clauses[version.Id].ToDictionary(c => c.Id);
                documents.AddRange(byId.Values.OrderBy(c => c.Position).Select(clause => common with
                {
                    Id = $"clause:{clause.Id}",
                    Kind = SearchKind.Clause,
                    VersionId = version.Id,
                    ClauseId = clause.Id,
                    VersionCode = version.Code,
                    ClauseNumber = clause.Number,
                    ClauseHeading = clause.Heading,
                    ClauseText = clause.Text,
                    ClausePath = clause.Path,
                    AncestorHeadings = AncestorHeadings(clause, byId),
                    VisibleFrom = visibleFrom,
                    VisibleTo = visibleTo,
                }));
            }
        }

        return documents;
    }

    private static SearchDocument Common(Standard standard, List<StandardVersion> versions, DateOnly? supersededOn,
        Dictionary<int, int[]> nodePaths, List<ListingInterval> listings)
    {
        var code = StandardCode.Parse(standard.Identity);
        return new SearchDocument
        {
            Id = string.Empty,
            Kind = SearchKind.Standard,
            StandardId = standard.Id,
            Identity = standard.Identity,
            CompactCode = standard.CompactKey,
            CodeNumber = code.Number,
            VersionCode = versions.Count > 0 ? versions[^1].Code : standard.Identity,
            Title = standard.Title,
            TitleEn = standard.TitleEn,
            Level = standard.Level,
            Nature = standard.Nature,
            DepartmentId = standard.DepartmentId,
            SystemNodeId = standard.SystemNodeId,
            SystemNodePath = nodePaths.GetValueOrDefault(standard.SystemNodeId, [standard.SystemNodeId]),
            Listings = listings,
            VisibleFrom = versions.Count > 0 ? versions[0].PublishedOn!.Value : standard.FirstEffectiveOn!.Value,
            FirstEffectiveOn = standard.FirstEffectiveOn!.Value,
            AbolishedOn = standard.AbolishedOn,
            SupersededOn = supersededOn,
        };
    }

    private static List<string> AncestorHeadings(Clause clause, Dictionary<int, Clause> byId)
    {
        var headings = new List<string>();
        for (var parent = clause.ParentId; parent is { } id && byId.TryGetValue(id, out var ancestor); parent = ancestor.ParentId)
        {
            if (ancestor.Heading is { } heading)
            {
                headings.Insert(0, heading);
            }
        }

        return headings;
    }

    private static async Task<Dictionary<int, int[]>> NodePathsAsync(RugaoDbContext db, CancellationToken cancellationToken)
    {
        var nodes = await db.SystemNodes.Select(n => new { n.Id, n.Code, n.Path }).ToListAsync(cancellationToken);
        var idByCode = nodes.ToDictionary(n => n.Code, n => n.Id);
        return nodes.ToDictionary(n => n.Id, n => n.Path.Split('/').Select(code => idByCode[code]).ToArray());
    }
}
