using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>What every mutation payload is read from: the rows an edit left, or its user errors under <c>input</c>.</summary>
public sealed record EditPayload(Standard? Standard, StandardVersion? Version, Clause? Clause, IReadOnlyList<UserError> Errors, DateOnly AsOf)
{
    public static EditPayload From(EditOutcome<DraftEdit> outcome, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new EditPayload(outcome.Value?.Standard, outcome.Value?.Version, outcome.Value?.Clause,
            outcome.Errors.Select(e => e.Under("input")).ToList(), asOf);
    }
}
