using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Runs an operation through <see cref="GraphQLRequestExecutor.SubscribeAsync"/> in-process and reads its results as JSON.</summary>
public sealed class SubscriptionProbe : IAsyncDisposable
{
    private static readonly OperationPolicy Everything = new("test", AllowedOperations.Query | AllowedOperations.Mutation | AllowedOperations.Subscription);
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly AsyncServiceScope scope;
    private readonly IAsyncEnumerator<ExecutionResult> results;
    private readonly IGraphQLTextSerializer serializer;

    private SubscriptionProbe(AsyncServiceScope scope, StreamingOperation operation, IGraphQLTextSerializer serializer)
    {
        this.scope = scope;
        Operation = operation;
        this.serializer = serializer;
        results = operation.ReadAllAsync().GetAsyncEnumerator();
    }

    public StreamingOperation Operation { get; }

    public static async Task<SubscriptionProbe> StartAsync(IServiceProvider services, string query, object? variables = null)
    {
        var scope = services.CreateAsyncScope();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var inputs = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        var operation = await services.GetRequiredService<GraphQLRequestExecutor>().SubscribeAsync(
            new GraphQLRequest { Query = query, Variables = inputs }, Everything, scope.ServiceProvider,
            new ClaimsPrincipal(new ClaimsIdentity()), send: null, CancellationToken.None);
        return new SubscriptionProbe(scope, operation, serializer);
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
