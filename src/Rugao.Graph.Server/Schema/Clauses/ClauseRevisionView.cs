using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>A revision with its version seen through the standard's timeline.</summary>
public sealed record ClauseRevisionView(ClauseRevision Revision, VersionView Version);
