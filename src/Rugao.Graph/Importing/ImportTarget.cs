using Rugao.Graph.Clauses;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Importing;

/// <summary>Where an import goes: a new standard under a department and system node, or an existing standard's new edition.</summary>
internal sealed record ImportTarget(Standard? Existing, StandardVersion? Latest, IReadOnlyList<Clause> LatestClauses, int DepartmentId, int SystemNodeId);
