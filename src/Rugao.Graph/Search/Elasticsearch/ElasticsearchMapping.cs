using Elastic.Clients.Elasticsearch.Mapping;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The mapping of <see cref="ElasticsearchDocument"/>: strict, so a misspelt field fails loudly instead of being
/// guessed. Chinese text fields hold words and, in a <c>bigrams</c> sub-field, CJK bigrams; codes and numbers are
/// keywords; dates are <c>date</c>s; listings only ride along in <c>_source</c>.
/// </summary>
internal static class ElasticsearchMapping
{
    private const string Day = "strict_date";

    public static TypeMapping Create(string wordsAnalyzer) => new()
    {
        Dynamic = DynamicMapping.Strict,
        Properties = new Properties
        {
            { F.Id, new KeywordProperty() },
            { F.Kind, new KeywordProperty() },
            { F.StandardId, new IntegerNumberProperty() },
            { F.VersionId, new IntegerNumberProperty() },
            { F.ClauseId, new IntegerNumberProperty() },
            { F.Identity, Keyword() },
            { F.CompactCode, Keyword() },
            { F.CodeNumber, new KeywordProperty() },
            { F.VersionCode, Keyword() },
            { F.Title, ChineseText(wordsAnalyzer, withKeyword: true) },
            { F.TitleEn, new TextProperty { Analyzer = "english" } },
            { F.ClauseNumber, Keyword() },
            { F.ClauseHeading, ChineseText(wordsAnalyzer) },
            { F.ClauseText, ChineseText(wordsAnalyzer) },
            { F.ClausePath, new KeywordProperty { Index = false, DocValues = false } },
            { F.AncestorHeadings, ChineseText(wordsAnalyzer) },
            { F.Level, new KeywordProperty() },
            { F.Nature, new KeywordProperty() },
            { F.DepartmentId, new IntegerNumberProperty() },
            { F.SystemNodeId, new IntegerNumberProperty() },
            { F.SystemNodePath, new IntegerNumberProperty() },
            { F.Listings, new ObjectProperty { Enabled = false } },
            { F.VisibleFrom, new DateProperty { Format = Day } },
            { F.VisibleTo, new DateProperty { Format = Day } },
            { F.FirstEffectiveOn, new DateProperty { Format = Day } },
            { F.AbolishedOn, new DateProperty { Format = Day } },
            { F.SupersededOn, new DateProperty { Format = Day } },
        },
    };

    private static KeywordProperty Keyword() => new() { Normalizer = ElasticsearchAnalysis.KeywordNormalizer };

    private static TextProperty ChineseText(string wordsAnalyzer, bool withKeyword = false)
    {
        var fields = new Properties { { F.Bigrams, new TextProperty { Analyzer = ElasticsearchAnalysis.Bigrams } } };
        if (withKeyword)
        {
            fields.Add(F.Keyword, new KeywordProperty { Normalizer = ElasticsearchAnalysis.KeywordNormalizer, IgnoreAbove = 256 });
        }

        return new TextProperty { Analyzer = wordsAnalyzer, Fields = fields };
    }
}
