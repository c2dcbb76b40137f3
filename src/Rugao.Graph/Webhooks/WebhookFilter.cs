using System.Text.Json;
using System.Text.Json.Serialization;
using Rugao.Graph.Changes;

namespace Rugao.Graph.Webhooks;

/// <summary>A webhook's <see cref="ChangeFilter"/> as stored: JSON with kinds by name, so the column stays readable.</summary>
public static class WebhookFilter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ChangeFilter filter) => JsonSerializer.Serialize(filter, Json);

    public static ChangeFilter Read(string json) => JsonSerializer.Deserialize<ChangeFilter>(json, Json) ?? new ChangeFilter();
}
