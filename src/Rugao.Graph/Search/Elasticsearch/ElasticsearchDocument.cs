using System.Text.Json.Serialization;
using Rugao.Graph.Standards;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The <c>_source</c> of an indexed document: every part of a <see cref="SearchDocument"/>, under the field names of
/// the mapping, so a hit gives the whole document back without a trip to the database.
/// </summary>
internal sealed record ElasticsearchDocument
{
    [JsonPropertyName(F.Id)] public required string Id { get; init; }
    [JsonPropertyName(F.Kind), JsonConverter(typeof(JsonStringEnumConverter<SearchKind>))] public required SearchKind Kind { get; init; }
    [JsonPropertyName(F.StandardId)] public required int StandardId { get; init; }
    [JsonPropertyName(F.VersionId)] public int? VersionId { get; init; }
    [JsonPropertyName(F.ClauseId)] public int? ClauseId { get; init; }
    [JsonPropertyName(F.Identity)] public required string Identity { get; init; }
    [JsonPropertyName(F.CompactCode)] public required string CompactCode { get; init; }
    [JsonPropertyName(F.CodeNumber)] public required string CodeNumber { get; init; }
    [JsonPropertyName(F.VersionCode)] public required string VersionCode { get; init; }
    [JsonPropertyName(F.Title)] public required string Title { get; init; }
    [JsonPropertyName(F.TitleEn)] public string? TitleEn { get; init; }
    [JsonPropertyName(F.ClauseNumber)] public string? ClauseNumber { get; init; }
    [JsonPropertyName(F.ClauseHeading)] public string? ClauseHeading { get; init; }
    [JsonPropertyName(F.ClauseText)] public string? ClauseText { get; init; }
    [JsonPropertyName(F.ClausePath)] public string? ClausePath { get; init; }
    [JsonPropertyName(F.AncestorHeadings)] public IReadOnlyList<string>? AncestorHeadings { get; init; }
    [JsonPropertyName(F.Level), JsonConverter(typeof(JsonStringEnumConverter<StandardLevel>))] public required StandardLevel Level { get; init; }
    [JsonPropertyName(F.Nature), JsonConverter(typeof(JsonStringEnumConverter<StandardNature>))] public required StandardNature Nature { get; init; }
    [JsonPropertyName(F.DepartmentId)] public required int DepartmentId { get; init; }
    [JsonPropertyName(F.SystemNodeId)] public required int SystemNodeId { get; init; }
    [JsonPropertyName(F.SystemNodePath)] public IReadOnlyList<int>? SystemNodePath { get; init; }
    [JsonPropertyName(F.Listings)] public IReadOnlyList<ElasticsearchListing>? Listings { get; init; }
    [JsonPropertyName(F.VisibleFrom)] public required DateOnly VisibleFrom { get; init; }
    [JsonPropertyName(F.VisibleTo)] public DateOnly? VisibleTo { get; init; }
    [JsonPropertyName(F.FirstEffectiveOn)] public required DateOnly FirstEffectiveOn { get; init; }
    [JsonPropertyName(F.AbolishedOn)] public DateOnly? AbolishedOn { get; init; }
    [JsonPropertyName(F.SupersededOn)] public DateOnly? SupersededOn { get; init; }

    public static ElasticsearchDocument From(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ElasticsearchDocument
        {
            Id = document.Id,
            Kind = document.Kind,
            StandardId = document.StandardId,
            VersionId = document.VersionId,
            ClauseId = document.ClauseId,
            Identity = document.Identity,
            CompactCode = document.CompactCode,
            CodeNumber = document.CodeNumber,
            VersionCode = document.VersionCode,
            Title = document.Title,
            TitleEn = document.TitleEn,
            ClauseNumber = document.ClauseNumber,
            ClauseHeading = document.ClauseHeading,
            ClauseText = document.ClauseText,
            ClausePath = document.ClausePath,
            AncestorHeadings = document.AncestorHeadings,
            Level = document.Level,
            Nature = document.Nature,
            DepartmentId = document.DepartmentId,
            SystemNodeId = document.SystemNodeId,
            SystemNodePath = document.SystemNodePath,
            Listings = document.Listings.Select(ElasticsearchListing.From).ToList(),
            VisibleFrom = document.VisibleFrom,
            VisibleTo = document.VisibleTo,
            FirstEffectiveOn = document.FirstEffectiveOn,
            AbolishedOn = document.AbolishedOn,
            SupersededOn = document.SupersededOn,
        };
    }

    public SearchDocument ToSearchDocument() => new()
    {
        Id = Id,
        Kind = Kind,
        StandardId = StandardId,
        VersionId = VersionId,
        ClauseId = ClauseId,
        Identity = Identity,
        CompactCode = CompactCode,
        CodeNumber = CodeNumber,
        VersionCode = VersionCode,
        Title = Title,
        TitleEn = TitleEn,
        ClauseNumber = ClauseNumber,
        ClauseHeading = ClauseHeading,
        ClauseText = ClauseText,
        ClausePath = ClausePath,
        AncestorHeadings = AncestorHeadings ?? [],
        Level = Level,
        Nature = Nature,
        DepartmentId = DepartmentId,
        SystemNodeId = SystemNodeId,
        SystemNodePath = SystemNodePath ?? [],
        Listings = Listings?.Select(listing => listing.ToInterval()).ToList() ?? [],
        VisibleFrom = VisibleFrom,
        VisibleTo = VisibleTo,
        FirstEffectiveOn = FirstEffectiveOn,
        AbolishedOn = AbolishedOn,
        SupersededOn = SupersededOn,
    };
}
