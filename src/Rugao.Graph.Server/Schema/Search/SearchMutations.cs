using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rugao.Graph.Access;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Search;

public static partial class SearchMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ReindexSearchPayloadGraphType>>("reindexSearch")
            .Description("从数据库重建搜索索引（管理员）。Rebuild the search index from the database (admins).")
            .Argument<NonNullGraphType<ReindexSearchInput>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                var actor = EditorAccess.Require(c, Role.Admin);
                var services = c.RequestServices!;
                Requested(services.GetRequiredService<ILogger<ReindexSearchInput>>(), actor, InputReader.Of(c).Text("reason"));
                await services.GetRequiredService<SearchProjector>().RebuildAsync(c.CancellationToken);
                return new ReindexSearchPayload(services.GetRequiredService<TimeProvider>().GetUtcNow(), []);
            });
    }

    [LoggerMessage(LogLevel.Information, "Search index rebuild requested by {Actor}: {Reason}")]
    private static partial void Requested(ILogger logger, string actor, string? reason);
}
