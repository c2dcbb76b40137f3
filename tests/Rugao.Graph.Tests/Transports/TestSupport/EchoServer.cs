using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Server.Transports.Http;

namespace Rugao.Graph.Tests.Transports.TestSupport;

/// <summary>
/// The transports hosting <see cref="EchoSchema"/>, wired the way the real server wires its schema:
/// in memory (TestServer) for fast tests, or on Kestrel at a free loopback port for real clients.
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoServer(WebApplication app, HttpClient client, Uri address)
    {
        _app = app;
        Client = client;
        Address = address;
    }

    public HttpClient Client { get; }

    /// <summary>The GraphQL endpoint's absolute URL.</summary>
    public Uri Address { get; }

    public static async Task<EchoServer> StartAsync(bool onKestrel = false, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        if (onKestrel)
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        else
            builder.WebHost.UseTestServer();

        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<EchoSchema>()
            .AddGraphTypes(typeof(EchoSchema).Assembly)
            .AddSystemTextJson());
        builder.Services.AddGraphQLTransports(builder.Configuration);

        var app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();

        if (!onKestrel)
            return new EchoServer(app, app.GetTestClient(), new Uri("http://localhost/graphql"));
        var root = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var address = new Uri(new Uri(root), "/graphql");
        return new EchoServer(app, new HttpClient(), address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
