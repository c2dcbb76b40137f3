using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The whole <see cref="SearchDocument"/> kept as UTF-8 JSON in one stored field, so a hit needs no database read.
/// Written as bytes (no string to build and re-encode per document); indexes written before kept it as a string,
/// which is still read.
/// </summary>
internal static class StoredSearchDocument
{
    public static byte[] Write(SearchDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, StoredSearchDocumentJson.Default.SearchDocument);

    public static SearchDocument Read(IIndexableField stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var document = stored.GetBinaryValue() is { } utf8
            ? JsonSerializer.Deserialize(utf8.Bytes.AsSpan(utf8.Offset, utf8.Length), StoredSearchDocumentJson.Default.SearchDocument)
            : JsonSerializer.Deserialize(stored.GetStringValue(CultureInfo.InvariantCulture), StoredSearchDocumentJson.Default.SearchDocument);
        return document ?? throw new InvalidDataException("A stored search document is empty.");
    }
}
