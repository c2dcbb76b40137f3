using GraphQL.DataLoader;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>
/// Builds <see cref="VersionDiffView"/>s: the other version and its timeline, then both versions' clauses, each load
/// returned unresolved so that sibling diffs share their batches.
/// </summary>
public static class VersionDiffs
{
    public static IDataLoaderResult<IDataLoaderResult<IDataLoaderResult<VersionDiffView>>> Load(
        IServiceProvider services, VersionView source, int againstId, string argument)
    {
        ArgumentNullException.ThrowIfNull(source);
        return VersionViews.Load(services, againstId, source.AsOf).Then(pending =>
            (pending ?? throw StandardErrors.VersionNotFound(argument)).Then(other =>
            {
                if (other is null)
                {
                    throw StandardErrors.VersionNotFound(argument);
                }

                if (other.Standard.Id != source.Standard.Id)
                {
                    throw StandardErrors.DiffAcrossStandards(source.Version.Code, other.Version.Code);
                }

                var (from, to) = other.Version.Number < source.Version.Number ? (other, source) : (source, other);
                var clauses = services.GetRequiredService<ClausesByVersionIdLoader>();
                return clauses.Load(from.Version.Id).Zip(clauses.Load(to.Version.Id),
                    (older, newer) => new VersionDiffView(from, to, ClauseDiff.Compare(older, newer)));
            }));
    }
}
