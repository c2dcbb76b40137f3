using System.Text.Json.Serialization;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The stored documents' JSON contracts generated at build time: a rebuild writes a million of them, and generated
/// writers skip the reflection-driven serializer's per-property work.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchDocument))]
[JsonSerializable(typeof(StoredClause))]
internal sealed partial class StoredSearchDocumentJson : JsonSerializerContext;
