namespace Rugao.Graph.Tests.TestSupport;

/// <summary>One in-memory <see cref="EchoServer"/> with default limits, shared by a test class.</summary>
public sealed class EchoServerFixture : IAsyncLifetime
{
    private EchoServer? server;

    public EchoServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => server = await EchoServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    public Task<GraphQLHttpResponse> SendAsync(HttpRequestMessage request) =>
        GraphQLHttpResponse.SendAsync(Server.Client, request);
}
