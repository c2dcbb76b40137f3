using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Search;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search;

/// <summary>Every search document of the repository's seed, read once through <see cref="SearchDocumentSource"/>.</summary>
public sealed class SeedSearchDocuments : IAsyncLifetime
{
    /// <summary>The day the seed describes as now: after every version in it has been published.</summary>
    public static readonly DateOnly Today = new(2026, 11, 1);

    private Dictionary<string, int> areaIds = [];

    public IReadOnlyList<SearchDocument> All { get; private set; } = [];

    public async IAsyncEnumerable<SearchDocument> StreamAsync()
    {
        foreach (var document in All)
        {
            await Task.Yield();
            yield return document;
        }
    }

    public int StandardId(string identity) => All.First(d => d.Identity == identity).StandardId;

    public IReadOnlyList<SearchDocument> OfStandard(string identity) => All.Where(d => d.Identity == identity).ToList();

    /// <summary>The standards listed for a service area (by its code, e.g. <c>XYSJ</c>) on <paramref name="day"/>.</summary>
    public IReadOnlyList<int> StandardIdsOfArea(string areaCode, DateOnly day) =>
        All.Where(d => d.Kind == SearchKind.Standard && d.Listings.Any(l => l.AreaId == areaIds[areaCode] && l.IsListedOn(day)))
            .Select(d => d.StandardId)
            .ToList();

    public async Task InitializeAsync()
    {
        var database = new SeededDatabase();
        await database.InitializeAsync();
        try
        {
            await LoadAsync(database);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>Reads the documents of an already seeded database, e.g. the one a live index is rebuilt from.</summary>
    public async Task LoadAsync(SeededDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var documents = new List<SearchDocument>();
        await foreach (var document in new SearchDocumentSource(database).AllAsync(CancellationToken.None))
        {
            documents.Add(document);
        }

        All = documents;
        await using var db = database.CreateDbContext();
        areaIds = await db.ServiceAreas.ToDictionaryAsync(a => a.Code, a => a.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
