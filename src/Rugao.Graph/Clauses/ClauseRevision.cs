using Rugao.Graph.Standards;

namespace Rugao.Graph.Clauses;

/// <summary>
/// A clause as it read from <see cref="Version"/> until <see cref="ValidTo"/>: the following versions that left it
/// unchanged are folded in, so every revision is a real change.
/// </summary>
/// <param name="ValidTo">The last day in force; null while nothing ends it.</param>
/// <param name="Substantive">Whether it differs in substance from the previous revision; the first one does.</param>
public sealed record ClauseRevision(StandardVersion Version, Clause Clause, DateOnly ValidFrom, DateOnly? ValidTo, bool Substantive);
