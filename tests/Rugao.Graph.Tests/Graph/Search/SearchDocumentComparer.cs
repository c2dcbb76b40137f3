using System.Text.Json;
using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

/// <summary>Compares documents by value, lists included (records compare lists by reference).</summary>
public sealed class SearchDocumentComparer : IEqualityComparer<SearchDocument>
{
    public static readonly SearchDocumentComparer Instance = new();

    public bool Equals(SearchDocument? x, SearchDocument? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

    public int GetHashCode(SearchDocument obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
