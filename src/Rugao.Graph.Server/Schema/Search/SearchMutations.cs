using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Search;

public static partial class SearchMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<ReindexSearchInputType, ReindexSearchInput, ReindexSearchPayloadGraphType, IndexRebuild>(
            mutation, "reindexSearch", Role.Admin,
            "从数据库重建搜索索引（管理员）。Rebuild the search index from the database (admins).",
            async (c, input, actor) =>
            {
                var services = c.RequestServices!;
                Requested(services.GetRequiredService<ILogger<ReindexSearchInput>>(), actor, input.Reason);
                await services.GetRequiredService<SearchProjector>().RebuildAsync(c.CancellationToken);
                return EditOutcome.Done(new IndexRebuild(services.GetRequiredService<TimeProvider>().GetUtcNow()));
            });
    }

    [LoggerMessage(LogLevel.Information, "Search index rebuild requested by {Actor}: {Reason}")]
    private static partial void Requested(ILogger logger, string actor, string? reason);
}
