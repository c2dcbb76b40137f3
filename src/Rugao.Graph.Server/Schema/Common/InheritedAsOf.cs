using GraphQL;

namespace Rugao.Graph.Server.Schema.Common;

internal static class InheritedAsOf
{
    /// <summary>
    /// The field's own <c>asOf</c>, else the nearest one given further up the query, else today: so that
    /// <c>serviceItems(asOf: …) { nodes { standards } }</c> reads the list of that day without repeating it.
    /// </summary>
    public static DateOnly AsOfOrInherited(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var level = context; level is not null; level = level.Parent)
        {
            if (level.Arguments is { } arguments && arguments.TryGetValue("asOf", out var value) && value.Value is DateOnly day)
            {
                return day;
            }
        }

        return context.Today();
    }
}
