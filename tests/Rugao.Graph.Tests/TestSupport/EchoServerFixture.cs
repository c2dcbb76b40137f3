namespace Rugao.Graph.Tests.TestSupport;

/// <summary>One in-memory <see cref="EchoServer"/> with default limits, shared by a test class.</summary>
public sealed class EchoServerFixture : IAsyncLifetime
{
    private EchoServer? _server;

    public EchoServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await EchoServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }

    public Task<GraphQLHttpResponse> SendAsync(HttpRequestMessage request) =>
        GraphQLHttpResponse.SendAsync(Server.Client, request);
}
