using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rugao.Graph.Search;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// The real server pipeline on a temporary SQLite file seeded from <c>seed/</c>, with the clock fixed on
/// <see cref="Today"/>; the file is deleted afterwards.
/// </summary>
public class SeededApi : IAsyncLifetime
{
    public static readonly DateTimeOffset Today = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    public const string JwtIssuer = "https://sso.rugao.example";
    public const string JwtAudience = "rugao-graph";
    public const string JwtSigningKey = "test-signing-key-of-at-least-32-bytes!";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "rugao-tests-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> settings;
    private WebApplicationFactory<Program>? factory;

    public SeededApi()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration on top of the defaults, for fixtures that need another set-up.</param>
    protected SeededApi(IReadOnlyDictionary<string, string?> settings) => this.settings = settings;

    public CommandCounter Commands { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Uri Endpoint { get; } = new("http://localhost/graphql");

    public Task InitializeAsync()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataDirectory", dataDirectory);
            builder.UseSetting("Seeding:Directory", RepositoryRoot.Combine("seed"));
            builder.UseSetting("Security:Jwt:Issuer", JwtIssuer);
            builder.UseSetting("Security:Jwt:Audience", JwtAudience);
            builder.UseSetting("Security:Jwt:SigningKey", JwtSigningKey);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            // The test's async flow reaches the server, so CommandCounter counts only what a request itself does.
            builder.UseTestServer(server => server.PreserveExecutionContext = true);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IInterceptor>(Commands);
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));
            });
        });
        Client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    public IServiceProvider Services => factory!.Services;

    /// <summary>The server's clock, which tests move forward by hand.</summary>
    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    /// <summary>A WebSocket client wired to the in-memory server.</summary>
    public WebSocketClient CreateWebSocketClient() => factory!.Server.CreateWebSocketClient();

    /// <summary>Waits until the projector has built the search index (it starts with the server).</summary>
    public async Task SearchReadyAsync()
    {
        var engine = Services.GetRequiredService<ISearchEngine>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await engine.IsReadyAsync(CancellationToken.None))
        {
            Assert.True(DateTime.UtcNow < deadline, "The search index was not built within a minute.");
            await Task.Delay(50);
        }
    }

    /// <summary>A client for this server, as <paramref name="bearer"/> or anonymous.</summary>
    public GraphQLClient GraphQL(string? bearer = null) => new(Client, Endpoint, bearer);

    public Task<GraphQLHttpResponse> PostAsync(string query, object? variables = null, string? bearer = null) =>
        GraphQL(bearer).PostAsync(query, variables);

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public Task<JsonElement> DataAsync(string query, object? variables = null) => GraphQL().DataAsync(query, variables);

    /// <summary>A short-lived context on the server's database, to check what a request wrote.</summary>
    public Task<RugaoDbContext> OpenDbAsync() => Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>().CreateDbContextAsync();

    public async Task<T> QueryDbAsync<T>(Func<RugaoDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await OpenDbAsync();
        return await query(db);
    }
}

[CollectionDefinition(Name)]
public sealed class SeededApiCollection : ICollectionFixture<SeededApi>
{
    public const string Name = "seeded api";
}
