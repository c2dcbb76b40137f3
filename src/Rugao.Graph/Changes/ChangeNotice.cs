namespace Rugao.Graph.Changes;

/// <summary>变更通知 — one change event as consumers (feed, subscriptions, webhooks) see it.</summary>
public sealed record ChangeNotice(
    long Sequence,
    ChangeKind Kind,
    DateTimeOffset OccurredAt,
    DateOnly? EffectiveOn,
    int? StandardId,
    int? VersionId,
    string Summary,
    IReadOnlyList<string> ChangedClauses,
    ChangeScope Scope,
    string Actor)
{
    public static ChangeNotice From(ChangeEvent change, ChangeScope scope)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new ChangeNotice(change.Sequence, change.Kind, change.OccurredAt, change.EffectiveOn, change.StandardId,
            change.VersionId, change.Summary,
            change.ClauseNumbers?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
            scope, change.Actor);
    }
}
