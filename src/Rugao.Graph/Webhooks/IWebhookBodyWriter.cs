using Rugao.Graph.Changes;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// Writes notices as the JSON bodies webhooks receive. The server supplies it, because the body has the shape of the
/// API's <c>ChangeNotice</c> (global IDs, opaque cursors), which the library does not know.
/// </summary>
public interface IWebhookBodyWriter
{
    Task<IReadOnlyList<WebhookMessage>> WriteAsync(IReadOnlyList<ChangeNotice> notices, CancellationToken cancellationToken);
}
