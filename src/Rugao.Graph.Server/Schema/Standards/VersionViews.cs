using GraphQL;
using GraphQL.DataLoader;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Builds <see cref="VersionView"/>s: a version needs its standard's timeline to know when it ends.</summary>
public static class VersionViews
{
    public static VersionView Of(StandardVersion version, StandardTimeline timeline, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new VersionView(version, timeline.Standard, timeline.EffectiveTo(version), asOf);
    }

    /// <summary>
    /// Loads a version by ID, then its timeline; the second load is returned unresolved so the executor batches it
    /// with its siblings.
    /// </summary>
    public static IDataLoaderResult<IDataLoaderResult<VersionView?>?> Load(IResolveFieldContext context, int versionId) =>
        Load(context?.RequestServices!, versionId);

    public static IDataLoaderResult<IDataLoaderResult<VersionView?>?> Load(IServiceProvider services, int versionId, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var day = asOf ?? LocalCalendar.Today(services.GetRequiredService<TimeProvider>());
        return services.GetRequiredService<VersionByIdLoader>().Load(versionId).Then(version => version is null
            ? null
            : services.GetRequiredService<StandardTimelineLoader>().Load(version.StandardId)
                .Then(timeline => timeline is null ? null : Of(version, timeline, day)));
    }
}
