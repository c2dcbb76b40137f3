using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>Reads the parts of the webhook inputs that the change feed defines: the filter and the cursor.</summary>
internal static class WebhookInputs
{
    public const string AnyChange = "{}";

    public static string? Filter(InputReader input) => null;

    public static (long? Sequence, bool Invalid) After(InputReader input)
    {
        var text = input.Text("after");
        return text is null ? (null, false) : long.TryParse(text, out var sequence) ? (sequence, false) : (null, true);
    }
}
