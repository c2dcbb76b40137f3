using Elastic.Clients.Elasticsearch.Mapping;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The mapping of <see cref="ElasticsearchDocument"/>, strict so that a misspelt field fails loudly instead of being
/// guessed. Each text field is only a parent of its <c>words</c> and <c>bigrams</c> sub-fields; the whole document
/// rides along unindexed.
/// </summary>
internal static class ElasticsearchMapping
{
    private const string Day = "strict_date";

    public static TypeMapping Create(string wordsAnalyzer)
    {
        var properties = new Properties
        {
            { F.Id, new KeywordProperty() },
            { F.Kind, new KeywordProperty() },
            { F.StandardId, new IntegerNumberProperty() },
            { F.VisibleFrom, new DateProperty { Format = Day } },
            { F.VisibleTo, new DateProperty { Format = Day } },
            { F.Code, new KeywordProperty() },
            { F.CodeNumber, new KeywordProperty() },
            { F.ClauseNumber, new KeywordProperty() },
            { F.TitleKey, new KeywordProperty() },
            { F.Document, new ObjectProperty { Enabled = false } },
        };
        foreach (var field in F.TextFields)
        {
            properties.Add(field, WordsAndBigrams(wordsAnalyzer));
        }

        return new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            // The text is in the document already; hits are read from it, and a reindex always starts from the database.
            Source = new SourceField { Excludes = [.. F.TextFields] },
            Properties = properties,
        };
    }

    private static TextProperty WordsAndBigrams(string wordsAnalyzer) => new()
    {
        Index = false,
        Fields = new Properties
        {
            { F.WordsField, new TextProperty { Analyzer = wordsAnalyzer } },
            { F.BigramsField, new TextProperty { Analyzer = ElasticsearchAnalysis.Bigrams } },
        },
    };
}
