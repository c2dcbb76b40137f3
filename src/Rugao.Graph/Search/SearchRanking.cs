namespace Rugao.Graph.Search;

/// <summary>
/// Boosts both engines give the parts of a <see cref="SearchRequest"/>, tuned on the relevance set in the tests: a
/// code or clause-number hit outranks any text; title above heading above text above ancestor headings (a clause's
/// ancestors include its standard's title); all the query's bigrams together (precision) on top of words and bigrams
/// alone (recall), each across the fields as a best-field match plus <see cref="FieldTieBreaker"/> of the others
/// (Elasticsearch: <c>multi_match</c>, <c>best_fields</c>). Code and number matches score a constant (no BM25). A
/// code matches every document of the standard, but only the standard's own document gets the full
/// <see cref="Code"/> or <see cref="CodeNumber"/>; its clauses get <see cref="CodeOnClauses"/>, so a code search
/// shows the standard first and its clauses then rank by text.
/// </summary>
public sealed record SearchRanking
{
    public static SearchRanking Default { get; } = new();

    public float Code { get; init; } = 30f;
    public float CodeNumber { get; init; } = 15f;
    public float CodeOnClauses { get; init; } = 3f;
    public float ClauseNumber { get; init; } = 15f;

    public float Title { get; init; } = 3f;
    public float Heading { get; init; } = 2f;
    public float Text { get; init; } = 1f;
    public float Ancestors { get; init; } = 0.5f;

    /// <summary>How much fields other than the best-matching one add: 1 sums them all, 0 takes the best only.</summary>
    public float FieldTieBreaker { get; init; } = 0.7f;

    public float Words { get; init; } = 1f;
    public float AnyBigram { get; init; } = 0.5f;
    public float AllBigrams { get; init; } = 1f;
}
