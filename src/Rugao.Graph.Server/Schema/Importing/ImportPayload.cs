using Rugao.Graph.Editing;
using Rugao.Graph.Importing;

namespace Rugao.Graph.Server.Schema.Importing;

/// <summary>What <c>importStandard</c> answers: the import's result, or its user errors under <c>input</c>.</summary>
public sealed record ImportPayload(ImportResult? Result, IReadOnlyList<UserError> Errors, DateOnly AsOf)
{
    public static ImportPayload From(EditOutcome<ImportResult> outcome, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new ImportPayload(outcome.Value, outcome.Errors.Select(e => e.Under("input")).ToList(), asOf);
    }
}
