using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Server.Transports.Http;
using Rugao.Graph.Server.Transports.WebSockets;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// The transports hosting <see cref="EchoSchema"/> in memory (TestServer), wired the way the real server wires its
/// schema, so transport behaviour is tested apart from the domain.
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private EchoServer(WebApplication app, HttpClient client, Uri address)
    {
        this.app = app;
        Client = client;
        Address = address;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public WebSocketClient CreateWebSocketClient() => app.GetTestServer().CreateWebSocketClient();

    /// <summary>The GraphQL endpoint's absolute URL.</summary>
    public Uri Address { get; }

    public static async Task<EchoServer> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();

        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<EchoSchema>()
            .AddGraphTypes(typeof(EchoSchema).Assembly)
            .AddSystemTextJson());
        builder.Services.AddGraphQLTransports(builder.Configuration);
        builder.Services.AddSingleton<EchoTicker>();

        var app = builder.Build();
        app.UseGraphQLWebSockets();
        app.MapGraphQLHttp();
        await app.StartAsync();

        return new EchoServer(app, app.GetTestClient(), new Uri("http://localhost/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
