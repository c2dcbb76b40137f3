using System.Text.Json;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// What a clause's search document holds beyond its standard's document (<see cref="SearchDocumentSource"/> makes
/// every clause document from its standard's): stored per clause, while the title, codes, listings and dates are
/// stored once on the standard's document and joined back when a hit is read.
/// </summary>
internal sealed record StoredClause
{
    public required string Id { get; init; }
    public required int StandardId { get; init; }
    public int? VersionId { get; init; }
    public int? ClauseId { get; init; }
    public required string VersionCode { get; init; }
    public string? ClauseNumber { get; init; }
    public string? ClauseHeading { get; init; }
    public string? ClauseText { get; init; }
    public string? ClausePath { get; init; }
    public IReadOnlyList<string> AncestorHeadings { get; init; } = [];
    public required DateOnly VisibleFrom { get; init; }
    public DateOnly? VisibleTo { get; init; }

    public static StoredClause Of(SearchDocument clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return new StoredClause
        {
            Id = clause.Id,
            StandardId = clause.StandardId,
            VersionId = clause.VersionId,
            ClauseId = clause.ClauseId,
            VersionCode = clause.VersionCode,
            ClauseNumber = clause.ClauseNumber,
            ClauseHeading = clause.ClauseHeading,
            ClauseText = clause.ClauseText,
            ClausePath = clause.ClausePath,
            AncestorHeadings = clause.AncestorHeadings,
            VisibleFrom = clause.VisibleFrom,
            VisibleTo = clause.VisibleTo,
        };
    }

    /// <summary>The clause's whole search document, from its standard's.</summary>
    public SearchDocument On(SearchDocument standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        if (standard.Kind != SearchKind.Standard || standard.StandardId != StandardId)
        {
            throw new InvalidDataException($"Clause {Id} belongs to standard {StandardId}, not to {standard.Id}.");
        }

        return standard with
        {
            Id = Id,
            Kind = SearchKind.Clause,
            VersionId = VersionId,
            ClauseId = ClauseId,
            VersionCode = VersionCode,
            ClauseNumber = ClauseNumber,
            ClauseHeading = ClauseHeading,
            ClauseText = ClauseText,
            ClausePath = ClausePath,
            AncestorHeadings = AncestorHeadings,
            VisibleFrom = VisibleFrom,
            VisibleTo = VisibleTo,
        };
    }

    public static void Write(Utf8JsonWriter writer, StoredClause clause) =>
        JsonSerializer.Serialize(writer, clause, StoredSearchDocumentJson.Default.StoredClause);

    public static StoredClause Read(BytesRef utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return JsonSerializer.Deserialize(utf8.Bytes.AsSpan(utf8.Offset, utf8.Length), StoredSearchDocumentJson.Default.StoredClause)
            ?? throw new InvalidDataException("A stored clause is empty.");
    }
}
