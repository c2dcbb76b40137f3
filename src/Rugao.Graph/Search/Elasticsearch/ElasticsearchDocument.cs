using System.Text.Json.Serialization;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// What is sent to the index for a <see cref="SearchDocument"/>: the fields searched, as the embedded engine indexes
/// them, and the whole document under <c>document</c>, which a hit gives back without a trip to the database.
/// </summary>
internal sealed record ElasticsearchDocument
{
    [JsonPropertyName(F.Id)] public required string Id { get; init; }
    [JsonPropertyName(F.Kind)] public required string Kind { get; init; }
    [JsonPropertyName(F.StandardId)] public required int StandardId { get; init; }
    [JsonPropertyName(F.VisibleFrom)] public required DateOnly VisibleFrom { get; init; }
    [JsonPropertyName(F.VisibleTo)] public DateOnly? VisibleTo { get; init; }
    [JsonPropertyName(F.Code)] public required string Code { get; init; }
    [JsonPropertyName(F.CodeNumber)] public required string CodeNumber { get; init; }
    [JsonPropertyName(F.ClauseNumber)] public string? ClauseNumber { get; init; }
    [JsonPropertyName(F.TitleKey)] public required string TitleKey { get; init; }
    [JsonPropertyName(F.Title)] public string? Title { get; init; }
    [JsonPropertyName(F.Heading)] public string? Heading { get; init; }
    [JsonPropertyName(F.Text)] public string? Text { get; init; }
    [JsonPropertyName(F.Ancestors)] public IReadOnlyList<string> Ancestors { get; init; } = [];
    [JsonPropertyName(F.Document)] public required SearchDocument Document { get; init; }

    public static ElasticsearchDocument From(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var isStandard = document.Kind == SearchKind.Standard;
        return new ElasticsearchDocument
        {
            Id = document.Id,
            Kind = ElasticsearchTerms.Kind(document.Kind),
            StandardId = document.StandardId,
            VisibleFrom = document.VisibleFrom,
            VisibleTo = document.VisibleTo,
            Code = ElasticsearchTerms.Code(document.CompactCode),
            CodeNumber = document.CodeNumber,
            ClauseNumber = document.ClauseNumber is { } number ? ElasticsearchTerms.ClauseNumber(number) : null,
            TitleKey = QueryText.Normalize(document.Title),
            // A clause sits under its standard's title as under its ancestors' headings, as in the embedded engine:
            // the title lifts the clauses of a matching standard without putting each above the standard itself.
            Title = isStandard ? document.Title : null,
            Heading = document.ClauseHeading,
            Text = document.ClauseText,
            Ancestors = isStandard ? document.AncestorHeadings : [document.Title, .. document.AncestorHeadings],
            Document = document,
        };
    }
}
