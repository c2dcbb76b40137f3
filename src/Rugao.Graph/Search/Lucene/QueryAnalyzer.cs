using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The index analysis of each field plus <see cref="SearchVocabulary"/>: question words dropped from the word fields,
/// synonyms added at the same position in word and bigram fields (Elasticsearch: a <c>search_analyzer</c> with
/// <c>stop</c> and <c>synonym_graph</c>).
/// </summary>
internal sealed class QueryAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer index;
    private readonly CharArraySet stopWords;
    private readonly SynonymMap? wordSynonyms;
    private readonly SynonymMap? bigramSynonyms;

    public QueryAnalyzer(Analyzer index, Analyzer words, Analyzer bigrams, SearchVocabulary vocabulary)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.index = index;
        stopWords = StopFilter.MakeStopSet(LuceneVersion.LUCENE_48, vocabulary.QueryStopWords.ToArray());
        wordSynonyms = Synonyms(vocabulary, words);
        bigramSynonyms = Synonyms(vocabulary, bigrams);
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => index;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        ArgumentNullException.ThrowIfNull(components);
        // Synonyms first: a synonym can span a question word (坏了 is 坏 + 了).
        if (fieldName.EndsWith(LuceneFields.WordsSuffix, StringComparison.Ordinal))
        {
            var result = WithSynonyms(components.TokenStream, wordSynonyms);
            return new TokenStreamComponents(components.Tokenizer, new StopFilter(LuceneVersion.LUCENE_48, result, stopWords));
        }

        return fieldName.EndsWith(LuceneFields.BigramsSuffix, StringComparison.Ordinal)
            ? new TokenStreamComponents(components.Tokenizer, WithSynonyms(components.TokenStream, bigramSynonyms))
            : components;
    }

    private static TokenStream WithSynonyms(TokenStream stream, SynonymMap? synonyms) =>
        synonyms is null ? stream : new SynonymFilter(stream, synonyms, ignoreCase: true);

    private static SynonymMap? Synonyms(SearchVocabulary vocabulary, Analyzer analyzer)
    {
        if (vocabulary.Synonyms.Count == 0)
        {
            return null;
        }

        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        parser.Parse(new StringReader(string.Join('\n', vocabulary.Synonyms)));
        return parser.Build();
    }
}
