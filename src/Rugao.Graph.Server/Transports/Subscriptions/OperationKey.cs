using System.Globalization;
using System.Text;
using GraphQL.Execution;
using GraphQL.Transport;

namespace Rugao.Graph.Server.Transports.Subscriptions;

/// <summary>
/// Identifies what a subscriber asked for — document text, operation name and variables — so that subscribers asking
/// the same thing can share one execution per event (<see cref="SharedEventResults"/>). Variables are written
/// canonically with their types (map keys sorted); a value of a type it does not know makes the request unshared,
/// never wrongly shared.
/// </summary>
public static class OperationKey
{
    private const string ContextKey = "Rugao.OperationKey";

    /// <summary>The key of <paramref name="request"/>, or null when it cannot be shared safely.</summary>
    public static string? Of(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = new StringBuilder();
        Append(key, request.Query);
        Append(key, string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName);
        return request.Variables is null || AppendValue(key, request.Variables) ? key.ToString() : null;
    }

    /// <summary>The key the executor put in the request's user context, or null.</summary>
    public static string? Of(IProvideUserContext context) =>
        context?.UserContext is { } user && user.TryGetValue(ContextKey, out var value) ? value as string : null;

    internal static void AddTo(IDictionary<string, object?> userContext, GraphQLRequest request)
    {
        if (Of(request) is { } key)
        {
            userContext[ContextKey] = key;
        }
    }

    private static void Append(StringBuilder key, string? text)
    {
        if (text is null)
        {
            key.Append('n');
            return;
        }

        key.Append('s').Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
    }

    private static bool AppendValue(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null or string:
                Append(key, (string?)value);
                return true;
            case bool flag:
                key.Append(flag ? "t" : "f");
                return true;
            case IEnumerable<KeyValuePair<string, object?>> map:
                key.Append('{');
                foreach (var (name, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Append(key, name);
                    if (!AppendValue(key, item))
                    {
                        return false;
                    }
                }

                key.Append('}');
                return true;
            case System.Collections.IEnumerable list:
                key.Append('[');
                foreach (var item in list)
                {
                    if (!AppendValue(key, item))
                    {
                        return false;
                    }
                }

                key.Append(']');
                return true;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal or System.Numerics.BigInteger:
                key.Append(value.GetType().Name).Append(':');
                Append(key, number.ToString(null, CultureInfo.InvariantCulture));
                return true;
            default:
                return false;
        }
    }
}
