using System.Text.Json;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>A standard's whole <see cref="SearchDocument"/>, kept as UTF-8 JSON in one stored field, so a hit needs no database read.</summary>
internal static class StoredSearchDocument
{
    public static void Write(Utf8JsonWriter writer, SearchDocument document) =>
        JsonSerializer.Serialize(writer, document, StoredSearchDocumentJson.Default.SearchDocument);

    public static SearchDocument Read(IIndexableField stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var utf8 = stored.GetBinaryValue() ?? throw new InvalidDataException("A stored search document is not binary.");
        return JsonSerializer.Deserialize(utf8.Bytes.AsSpan(utf8.Offset, utf8.Length), StoredSearchDocumentJson.Default.SearchDocument)
            ?? throw new InvalidDataException("A stored search document is empty.");
    }
}
