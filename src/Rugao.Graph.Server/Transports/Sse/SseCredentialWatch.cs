using GraphQL;
using Microsoft.Extensions.Options;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>Watches the credential of each event stream operation (<see cref="SseCredential"/>) on the server's clock and key store.</summary>
public sealed class SseCredentialWatch(BearerAuthenticator authenticator, TimeProvider time, IOptions<GraphQLSseOptions> options)
{
    /// <summary>What completes, with the error to end with, once the credential of <paramref name="context"/> is no longer valid.</summary>
    internal Func<CancellationToken, Task<ExecutionError>> Of(HttpContext context)
    {
        var credential = SseCredential.Of(context);
        return cancellationToken => credential.LostAsync(authenticator, time, options.Value.CredentialCheckInterval, cancellationToken);
    }
}
