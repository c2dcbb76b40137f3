using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// Writes graphql-sse events (PROTOCOL.md): <c>next</c> carrying an execution result as JSON, and <c>complete</c>; in
/// single connection mode both name the operation, <c>{"id": …, "payload": result}</c> and <c>{"id": …}</c>. Each
/// event is flushed at once so it reaches the client without waiting for more.
/// </summary>
internal sealed class SseEventWriter(HttpResponse response, IGraphQLTextSerializer serializer) : IDisposable
{
    // The whole event is the same for every subscriber sharing a result (distinct connections mode has no id).
    private static readonly ConditionalWeakTable<ExecutionResult, byte[]> NextEvents = new();
    private readonly SemaphoreSlim writing = new(1, 1);

    public const string ContentType = "text/event-stream; charset=utf-8";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies (nginx) would otherwise hold events back until their buffer fills.
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    public Task NextAsync(ExecutionResult result, CancellationToken cancellationToken) =>
        WriteAsync(NextEvents.GetValue(result, r => Encoding.UTF8.GetBytes(NextEvent(SerializedResult.Of(r, serializer).Json))), cancellationToken);

    public Task CompleteAsync(CancellationToken cancellationToken) => WriteAsync(Encoding.UTF8.GetBytes("event: complete\ndata:\n\n"), cancellationToken);

    public Task NextAsync(string operationId, ExecutionResult result, CancellationToken cancellationToken) =>
        WriteAsync(Encoding.UTF8.GetBytes(NextEvent($"{{\"id\":{JsonSerializer.Serialize(operationId)},\"payload\":{SerializedResult.Of(result, serializer).Json}}}")),
            cancellationToken);

    public Task CompleteAsync(string operationId, CancellationToken cancellationToken) =>
        WriteAsync(Encoding.UTF8.GetBytes($"event: complete\ndata: {{\"id\":{JsonSerializer.Serialize(operationId)}}}\n\n"), cancellationToken);

    /// <summary>A comment line: clients ignore it, idle proxies and load balancers see traffic and keep the stream open.</summary>
    public Task KeepAliveAsync(CancellationToken cancellationToken) => WriteAsync(Encoding.UTF8.GetBytes(":\n\n"), cancellationToken);

    public void Dispose() => writing.Dispose();

    private static string NextEvent(string json)
    {
        var text = new StringBuilder("event: next\n");
        // Compact JSON has no line breaks; splitting keeps the stream valid whatever the serializer settings.
        foreach (var line in json.Split('\n'))
        {
            text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    // Results and keep-alives come from different tasks; one event must never interleave with another.
    private async Task WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            await response.Body.WriteAsync(bytes, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            writing.Release();
        }
    }
}
