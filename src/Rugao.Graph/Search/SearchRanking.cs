namespace Rugao.Graph.Search;

/// <summary>
/// Boosts both engines give the parts of a <see cref="SearchRequest"/>, tuned on the relevance set in the tests: a
/// code or clause-number hit outranks any text; title above heading above text above ancestor headings; all the
/// query's bigrams together (precision) on top of words and bigrams alone (recall). Code and number matches score
/// a constant (no BM25). A code matches every document of the standard, but only the standard's own document gets
/// the full <see cref="Code"/> or <see cref="CodeNumber"/>; its clauses get <see cref="CodeOnClauses"/>, so a code
/// search shows the standard first and its clauses then rank by text.
/// </summary>
public static class SearchRanking
{
    public const float Code = 30f;
    public const float CodeNumber = 15f;
    public const float CodeOnClauses = 3f;
    public const float ClauseNumber = 15f;

    public const float Title = 3f;
    public const float Heading = 2f;
    public const float Text = 1f;
    public const float Ancestors = 0.5f;

    public const float Words = 1f;
    public const float AnyBigram = 0.5f;
    public const float AllBigrams = 1f;
}
