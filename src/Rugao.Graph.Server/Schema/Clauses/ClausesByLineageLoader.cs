using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>Each clause's rows in every published version of its standard, for <c>Clause.history</c>.</summary>
public sealed class ClausesByLineageLoader(ClauseReads reads) : GroupLoader<LineageKey, Clause>
{
    protected override async Task<IReadOnlyDictionary<LineageKey, IReadOnlyList<Clause>>> FetchAsync(
        IReadOnlyCollection<LineageKey> keys, CancellationToken cancellationToken)
    {
        var rows = await reads.ByLineagesAsync(keys.Select(k => (k.StandardId, k.Lineage)).ToList(), cancellationToken);
        return rows.ToDictionary(p => new LineageKey(p.Key.StandardId, p.Key.Lineage), p => p.Value);
    }
}
