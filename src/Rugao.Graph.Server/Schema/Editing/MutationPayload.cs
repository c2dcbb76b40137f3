using Rugao.Graph.Editing;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>
/// What every mutation payload is read from: the value the library call left, or its user errors placed under
/// <c>input</c>, and the day the result is shown as of.
/// </summary>
public sealed record MutationPayload<T>(T? Value, IReadOnlyList<UserError> Errors, DateOnly AsOf)
    where T : class;

public static class MutationPayload
{
    public static MutationPayload<T> From<T>(EditOutcome<T> outcome, DateOnly asOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new MutationPayload<T>(outcome.Value, outcome.Errors.Select(e => e.Under("input")).ToList(), asOf);
    }
}
