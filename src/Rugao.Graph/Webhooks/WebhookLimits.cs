namespace Rugao.Graph.Webhooks;

/// <summary>Sizes of the stored webhook fields.</summary>
public static class WebhookLimits
{
    public const int NameLength = 100;
    public const int UrlLength = 2000;
    public const int FilterLength = 20_000;
    public const int ErrorLength = 500;
}
