using Rugao.Graph.Editing;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>What a payload of a mutation outside the draft workflow is read from: the row it left, or its user errors under <c>input</c>.</summary>
public sealed record MutationResult<T>(T? Value, IReadOnlyList<UserError> Errors, DateOnly AsOf)
    where T : class;

public static class MutationResult
{
    public static MutationResult<T> From<T>(EditOutcome<T> outcome, DateOnly asOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new MutationResult<T>(outcome.Value, outcome.Errors.Select(e => e.Under("input")).ToList(), asOf);
    }
}
