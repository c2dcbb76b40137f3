using System.Text;
using System.Text.Json;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

/// <summary>A graphql-sse event stream read event by event.</summary>
internal sealed class SseEventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    /// <summary>The next event that is not a keep-alive comment.</summary>
    public async Task<(string Event, JsonElement Data)> NextEventAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(guard.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, JsonDocument.Parse(data.ToString()).RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
