using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

/// <summary>One HTTP request exactly as the official client sent it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Body)
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public JsonNode Json => JsonNode.Parse(Body ?? throw new InvalidOperationException($"{this} has no body"))!;

    /// <summary>The lines of an NDJSON body (bulk), each parsed.</summary>
    public IReadOnlyList<JsonNode> Lines =>
        (Body ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();

    /// <summary>The body indented, Chinese unescaped, for a snapshot that reads like the docs.</summary>
    public string PrettyBody => Json.ToJsonString(Readable);

    /// <summary>One line per document, as sent: an NDJSON snapshot shows exactly what bulk receives.</summary>
    public string NdjsonBody => string.Join('\n', Lines.Select(line => line.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

    public bool HasQueryParameter(string name, string value) =>
        Query.TrimStart('?').Split('&').Contains($"{name}={value}", StringComparer.Ordinal);

    public override string ToString() => $"{Method} {Path}{Query}";
}
