using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search.Relevance;

/// <summary>Runs every judged query on an engine and scores its top ten.</summary>
public static class RelevanceRun
{
    public const int K = 10;

    public static async Task<IReadOnlyList<QueryScore>> ScoreAsync(ISearchEngine engine, SeedSearchDocuments seed,
        RelevanceJudgments judgments)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(judgments);
        var scores = new List<QueryScore>();
        foreach (var judged in judgments.Queries)
        {
            var asOf = judged.AsOf ?? SeedSearchDocuments.Today;
            var matches = await engine.SearchAsync(
                SearchRequests.For(judged.Query, asOf, StandardIds(judged, seed, asOf), limit: K), CancellationToken.None);
            var ranked = matches.Page.Select(m => Key(m.Document)).ToList();
            scores.Add(new QueryScore(judged, ranked,
                RankingMetrics.NdcgAt(K, ranked, judged.Relevant), RankingMetrics.RecallAt(K, ranked, judged.Relevant)));
        }

        return scores;
    }

    /// <summary>A standard by its code, a clause by code and number; an unnumbered entry by its numbered clause.</summary>
    public static string Key(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Kind == SearchKind.Standard
            ? document.Identity
            : $"{document.Identity} {document.ClauseNumber ?? document.ClausePath?.Split(" › ")[^1]}";
    }

    public static IReadOnlyCollection<int>? StandardIds(JudgedQuery judged, SeedSearchDocuments seed, DateOnly asOf) =>
        judged.Standards is { } codes ? codes.Select(seed.StandardId).ToList()
        : judged.Area is { } area ? seed.StandardIdsOfArea(area, asOf)
        : null;
}

public sealed record QueryScore(JudgedQuery Judged, IReadOnlyList<string> Ranked, double Ndcg, double Recall);
