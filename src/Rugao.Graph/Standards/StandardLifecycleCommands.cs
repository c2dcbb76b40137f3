using Rugao.Graph.Clauses;

namespace Rugao.Graph.Standards;

/// <summary>One line of an amendment sheet: put <see cref="Content"/> at <see cref="Number"/>, or remove that clause.</summary>
public sealed record AmendmentChange(string? Number, ClauseContent Content, bool Remove);

/// <summary>修改单 — a partial change to the latest published version, with its own publication and effective dates.</summary>
public sealed record AmendStandardCommand
{
    public required int StandardId { get; init; }
    public string? ExpectedVersionToken { get; init; }
    public required IReadOnlyList<AmendmentChange> Changes { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public string? Label { get; init; }
    public string? ChangeSummary { get; init; }
}

/// <summary>代替 — <see cref="SuccessorId"/> replaces the standard from the day it takes effect.</summary>
public sealed record SupersedeStandardCommand(int StandardId, string? ExpectedVersionToken, int SuccessorId);

/// <summary>废止 — the standard stops being in force on <see cref="AbolishedOn"/>.</summary>
public sealed record AbolishStandardCommand(int StandardId, string? ExpectedVersionToken, DateOnly AbolishedOn, string? Reason);
