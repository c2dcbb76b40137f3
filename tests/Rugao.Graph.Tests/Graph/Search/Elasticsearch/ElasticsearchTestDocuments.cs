using Rugao.Graph.Search;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

/// <summary>GB/T 28220 as <see cref="SearchDocumentSource"/> shapes it: the standard, a clause of each edition.</summary>
internal static class ElasticsearchTestDocuments
{
    public static readonly SearchDocument Standard = new()
    {
        Id = "standard:5",
        Kind = SearchKind.Standard,
        StandardId = 5,
        Identity = "GB/T 28220",
        CompactCode = "GBT28220",
        CodeNumber = "28220",
        VersionCode = "GB/T 28220-2023",
        Title = "公共图书馆服务规范",
        TitleEn = "Public library service specification",
        Level = StandardLevel.National,
        Nature = StandardNature.Recommended,
        DepartmentId = 7,
        SystemNodeId = 12,
        SystemNodePath = [1, 3, 12],
        Listings = [new ListingInterval(4, 31, new DateOnly(2021, 7, 1), null)],
        VisibleFrom = new DateOnly(2011, 12, 30),
        FirstEffectiveOn = new DateOnly(2012, 5, 1),
    };

    public static readonly SearchDocument Clause2011 = Standard with
    {
        Id = "clause:118",
        Kind = SearchKind.Clause,
        VersionId = 9,
        ClauseId = 118,
        VersionCode = "GB/T 28220-2011",
        ClauseNumber = "4.4",
        ClauseHeading = "服务公示",
        ClauseText = "应在馆内显著位置公示开放时间、服务项目、借阅规则和咨询投诉方式。",
        ClausePath = "4 › 4.4",
        AncestorHeadings = ["基本要求"],
        VisibleTo = new DateOnly(2023, 6, 30),
    };

    public static readonly SearchDocument Clause2023 = Standard with
    {
        Id = "clause:161",
        Kind = SearchKind.Clause,
        VersionId = 10,
        ClauseId = 161,
        ClauseNumber = "5.5",
        ClauseHeading = "服务公示与宣传",
        ClauseText = "应在馆内显著位置和网站公示开放时间、服务项目、借阅规则和咨询投诉方式，并利用新媒体开展服务宣传。",
        ClausePath = "5 › 5.5",
        AncestorHeadings = ["服务内容与要求"],
        VisibleFrom = new DateOnly(2023, 7, 1),
    };

    public static readonly IReadOnlyList<SearchDocument> All = [Standard, Clause2011, Clause2023];

    public static async IAsyncEnumerable<SearchDocument> Stream(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
