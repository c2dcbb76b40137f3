using GraphQL;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Changes;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>Reads the parts of the webhook inputs that the change feed defines: the filter and the cursor.</summary>
internal static class WebhookInputs
{
    /// <summary>
    /// <c>input.where</c> as a library filter; null when absent. Drafts' changes go out only when the filter names their
    /// kinds: a webhook is registered by an admin, but what it receives leaves the platform.
    /// </summary>
    public static ChangeFilter? Filter(ChangeFilterInput? where)
    {
        if (where is null)
        {
            return null;
        }

        var editorial = where.Kind?.Any(ChangeFilter.EditorialKinds.Contains) == true;
        return ChangeFilters.From(where, "input.where", editorial);
    }

    /// <summary><c>input.after</c> as a sequence; a cursor that does not decode is reported as a user error.</summary>
    public static (long? Sequence, bool Invalid) After(string? cursor)
    {
        if (cursor is null)
        {
            return (null, false);
        }

        try
        {
            return (ChangeCursor.Decode(cursor, "input.after"), false);
        }
        catch (ExecutionError)
        {
            return (null, true);
        }
    }
}
