using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Changes;

// Stops the hub of its own server.
public sealed class StandardChangedShutdownTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task StandardChanged_ServerStopping_EndsWithResumeCursor()
    {
        var head = (await api.DataAsync("{ changes(first: 100, where: { kind: [CATALOG_PUBLISHED] }) { edges { cursor } } }"))
            .Items("changes.edges")[^1].Str("cursor");
        await using var probe = await SubscriptionProbe.StartAsync(api.Services, "subscription($after: String) { standardChanged(after: $after, where: { kind: [CATALOG_PUBLISHED] }) { cursor } }",
            new { after = head });

        await api.Services.GetServices<IHostedService>().OfType<NoticeHubService>().Single().StopAsync(CancellationToken.None);

        Assert.Null(await probe.NextAsync());
        var error = Assert.Single(probe.Json(probe.Operation.Termination!).Items("errors"));
        Assert.Equal("SERVER_STOPPING", error.Str("extensions.code"));
        Assert.NotNull(error.Str("extensions.data.resumeAfter"));
    }
}
