namespace Rugao.Graph.Webhooks;

/// <summary>The headers every delivery carries besides <see cref="WebhookSignature.Header"/>.</summary>
public static class WebhookHeaders
{
    /// <summary><c>&lt;webhook id&gt;-&lt;sequence&gt;</c>: the same on every retry of one notice, so receivers can drop repeats.</summary>
    public const string Delivery = "X-Rugao-Delivery";

    /// <summary>The change kind, e.g. <c>PUBLISHED</c>, so receivers can route without parsing the body.</summary>
    public const string Event = "X-Rugao-Event";

    /// <summary>Which attempt at this notice the request is, from 1.</summary>
    public const string Attempt = "X-Rugao-Attempt";

    public const string HttpClientName = "webhooks";
}
