using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// Runs an operation through <see cref="GraphQLRequestExecutor.SubscribeAsync"/> in-process and reads its results as
/// JSON: from the stream, or (<c>direct</c>) as a transport taking results directly does, followed by the stream's end.
/// A direct probe holds at most <see cref="SubscriptionPacing.Window"/> unread results; a source sending more waits,
/// as one falling behind would.
/// </summary>
public sealed class SubscriptionProbe : IAsyncDisposable
{
    private static readonly OperationPolicy Everything = new("test", AllowedOperations.Query | AllowedOperations.Mutation | AllowedOperations.Subscription);
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly AsyncServiceScope scope;
    private readonly IAsyncEnumerator<ExecutionResult> results;
    private readonly IGraphQLTextSerializer serializer;

    private SubscriptionProbe(AsyncServiceScope scope, StreamingOperation operation, IGraphQLTextSerializer serializer, Channel<ExecutionResult>? sent)
    {
        this.scope = scope;
        Operation = operation;
        this.serializer = serializer;
        if (sent is null)
        {
            results = operation.ReadAllAsync().GetAsyncEnumerator();
            return;
        }

        _ = Task.Run(async () =>
        {
            await foreach (var result in operation.ReadAllAsync())
            {
                await sent.Writer.WriteAsync(result);
            }

            sent.Writer.TryComplete();
        });
        results = sent.Reader.ReadAllAsync().GetAsyncEnumerator();
    }

    public StreamingOperation Operation { get; }

    public static async Task<SubscriptionProbe> StartAsync(IServiceProvider services, string query, object? variables = null, bool direct = false)
    {
        var sent = direct ? Channel.CreateBounded<ExecutionResult>(SubscriptionPacing.Window) : null;
        var scope = services.CreateAsyncScope();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var inputs = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        var operation = await services.GetRequiredService<GraphQLRequestExecutor>().SubscribeAsync(
            new GraphQLRequest { Query = query, Variables = inputs }, Everything, scope.ServiceProvider,
            new ClaimsPrincipal(new ClaimsIdentity()), sent is null ? null : Send, CancellationToken.None);
        return new SubscriptionProbe(scope, operation, serializer, sent);

        bool Send(ExecutionResult result)
        {
            if (!sent.Writer.TryWrite(result))
            {
                sent.Writer.WriteAsync(result).AsTask().GetAwaiter().GetResult();
            }

            return true;
        }
    }

    /// <summary>The next result as JSON, or null when the operation has ended.</summary>
    public async Task<JsonElement?> NextAsync()
    {
        if (!await results.MoveNextAsync().AsTask().WaitAsync(HangGuard))
        {
            return null;
        }

        return Json(results.Current);
    }

    public JsonElement Json(ExecutionResult result) => JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();

    public async ValueTask DisposeAsync()
    {
        await Operation.DisposeAsync();
        await results.DisposeAsync();
        await scope.DisposeAsync();
    }
}
