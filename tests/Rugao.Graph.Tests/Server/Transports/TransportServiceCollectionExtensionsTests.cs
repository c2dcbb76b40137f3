using Microsoft.Extensions.Options;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports;

public sealed class TransportServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("GraphQL:MaxDepth", "0")]
    [InlineData("GraphQL:MaxRequestBytes", "-1")]
    public async Task AddGraphQLTransports_InvalidLimit_FailsAtStartup(string key, string value)
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() =>
            EchoServer.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));
    }
}
