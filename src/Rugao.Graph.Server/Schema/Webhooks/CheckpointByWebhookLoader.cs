using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>The last sequence each webhook has delivered (its checkpoint).</summary>
public sealed class CheckpointByWebhookLoader(WebhookReads reads) : BatchLoader<int, long>
{
    protected override async Task<IReadOnlyDictionary<int, long>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.CheckpointsAsync(keys, cancellationToken);
}
