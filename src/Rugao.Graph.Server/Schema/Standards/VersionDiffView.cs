using Rugao.Graph.Clauses;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The differences from the older of two versions of a standard to the newer.</summary>
public sealed record VersionDiffView(VersionView From, VersionView To, ClauseDiff Diff);
