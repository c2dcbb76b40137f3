using Microsoft.AspNetCore.Http.Features;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// Puts a <see cref="BatchingStream"/> under the WebSocket the upgrade creates, so the send loop can write a run
/// of messages with one transport write. Installed before the WebSocket middleware, which takes the upgrade
/// feature when the request comes in.
/// </summary>
internal sealed class BatchingUpgradeFeature(IHttpUpgradeFeature inner) : IHttpUpgradeFeature
{
    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    /// <summary>The upgraded stream, once <see cref="UpgradeAsync"/> ran.</summary>
    public BatchingStream? Stream { get; private set; }

    public async Task<Stream> UpgradeAsync()
    {
        Stream = new BatchingStream(await inner.UpgradeAsync());
        return Stream;
    }
}
