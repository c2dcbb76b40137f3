using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rugao.Graph.Search.Lucene;

/// <summary>The whole <see cref="SearchDocument"/> kept as JSON in one stored field, so a hit needs no database read.</summary>
internal static class StoredSearchDocument
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(SearchDocument document) => JsonSerializer.Serialize(document, Options);

    public static SearchDocument Read(string json) =>
        JsonSerializer.Deserialize<SearchDocument>(json, Options)
        ?? throw new InvalidDataException("A stored search document is empty.");
}
