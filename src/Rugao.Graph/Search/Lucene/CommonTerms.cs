using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Splits an any-term match into the terms that pick documents and the common ones that only add to their score
/// (Elasticsearch: <c>common</c> terms query, Lucene's <c>CommonTermsQuery</c>). A question's frequent words and
/// bigrams (多少, 什么, 要求) each match a large share of the index; as optional clauses of their own they would make
/// every such document a hit to score, sort and count. Required to match a rarer term first, they are only looked
/// up for documents already found. A document matching rarer terms scores exactly as before (BM25 has no coord).
/// </summary>
internal static class CommonTerms
{
    /// <summary>A term in more than this share of the documents is common.</summary>
    public const double Share = 0.05;

    public static Query? Split(Query? match, SearchTerms terms)
    {
        if (match is not BooleanQuery { MinimumNumberShouldMatch: 0 } any
            || any.Clauses.Any(clause => clause.Occur != Occur.SHOULD))
        {
            return match;
        }

        var limit = Math.Max(1, terms.MaxDoc * Share);
        var rare = new BooleanQuery(any.CoordDisabled);
        var common = new BooleanQuery(any.CoordDisabled);
        foreach (var clause in any.Clauses)
        {
            var isCommon = clause.Query is TermQuery term && terms.Of(term.Term).DocFreq > limit;
            (isCommon ? common : rare).Add(clause);
        }

        if (rare.Clauses.Count == 0 || common.Clauses.Count == 0)
        {
            return match;
        }

        return new BooleanQuery(disableCoord: true)
        {
            Boost = any.Boost,
            Clauses = { new BooleanClause(rare, Occur.MUST), new BooleanClause(common, Occur.SHOULD) },
        };
    }
}
