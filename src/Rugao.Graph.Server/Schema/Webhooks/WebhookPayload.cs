using Rugao.Graph.Editing;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>What the webhook mutations return: the webhook, the secret (at registration only), or user errors.</summary>
public sealed record WebhookPayload(Webhook? Webhook, string? Secret, IReadOnlyList<UserError> Errors)
{
    public static WebhookPayload From(EditOutcome<Webhook> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Value, null, Under(outcome.Errors));
    }

    public static WebhookPayload From(EditOutcome<WebhookRegistration> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Value?.Webhook, outcome.Value?.Secret, Under(outcome.Errors));
    }

    private static List<UserError> Under(IReadOnlyList<UserError> errors) => errors.Select(e => e.Under("input")).ToList();
}
