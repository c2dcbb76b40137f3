using GraphQL.DataLoader;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>
/// Builds a clause's history: its version gives the standard, whose timeline and lineage rows are then loaded in the
/// same batch, returned unresolved so that sibling clauses share it.
/// </summary>
public static class ClauseRevisionViews
{
    public static IDataLoaderResult<IDataLoaderResult<IReadOnlyList<ClauseRevisionView>>> Load(IServiceProvider services, Clause clause)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clause);
        var today = LocalCalendar.Today(services.GetRequiredService<TimeProvider>());
        return services.GetRequiredService<VersionByIdLoader>().Load(clause.VersionId).Then(version => version is null
            ? DataLoaderResultExtensions.FromValue<IReadOnlyList<ClauseRevisionView>>([])
            : services.GetRequiredService<StandardTimelineLoader>().Load(version.StandardId)
                .Zip(services.GetRequiredService<ClausesByLineageLoader>().Load(new LineageKey(version.StandardId, clause.Lineage)),
                    (timeline, rows) => timeline is null
                        ? []
                        : (IReadOnlyList<ClauseRevisionView>)ClauseHistory.Of(timeline, rows)
                            .Select(r => new ClauseRevisionView(r, VersionViews.Of(r.Version, timeline, today))).ToList()));
    }
}
