using GraphQL.Builders;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>Where input IDs become database keys: once, as the input is bound.</summary>
public static class GlobalIdInput
{
    /// <summary>
    /// Binds the ID field as the key of a <paramref name="typeName"/> row. An ID of another type, or one that does not
    /// decode, binds as 0, which no row has, so the library reports it as not found.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> AsKeyOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string typeName)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.ParseValue(value => KeyOf(value?.ToString(), typeName));
    }

    public static int KeyOf(string? globalId, string typeName) =>
        GlobalId.TryDecode(globalId, out var actual, out var id) && actual == typeName ? id : 0;
}
