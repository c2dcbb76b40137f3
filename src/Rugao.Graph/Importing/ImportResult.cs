using Rugao.Graph.Standards;

namespace Rugao.Graph.Importing;

/// <summary>The draft an import wrote, how many clause entries it holds and what could not be placed.</summary>
public sealed record ImportResult(Standard Standard, StandardVersion Draft, int ClauseCount, IReadOnlyList<ImportReportEntry> Report);
