using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;

namespace Rugao.Graph.Server.Transports;

/// <summary>
/// A result's JSON, serialised once however many subscribers it is sent to: subscribers asking the same thing share
/// one <see cref="ExecutionResult"/> per event (see Subscriptions/SharedEventResults), so the transports only frame it.
/// Kept as long as the result is alive.
/// </summary>
internal sealed class SerializedResult
{
    private static readonly ConditionalWeakTable<ExecutionResult, SerializedResult> Cache = new();

    private SerializedResult(string json)
    {
        Json = json;
        Utf8 = Encoding.UTF8.GetBytes(json);
    }

    public string Json { get; }

    public byte[] Utf8 { get; }

    public static SerializedResult Of(ExecutionResult result, IGraphQLTextSerializer serializer) =>
        Cache.GetValue(result, r => new SerializedResult(serializer.Serialize(r)));
}
