using System.Globalization;

namespace Rugao.Graph.Webhooks;

/// <summary>Names the checkpoint row each webhook keeps beside the search projector's in ConsumerCheckpoints.</summary>
public static class WebhookCheckpoint
{
    public const string Prefix = "webhook:";

    public static string ConsumerOf(int webhookId) => Prefix + webhookId.ToString(CultureInfo.InvariantCulture);
}
