using GraphQL.Builders;
using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Relay;

public static class PagingArguments
{
    /// <summary>Adds the Relay arguments <c>first after last before</c> that <see cref="PageRequest.From"/> reads.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", "每页条数（默认 20，最多 100）。Page size (default 20, max 100).")
            .Argument<StringGraphType>("after", "从此游标之后开始。Start after this cursor.")
            .Argument<IntGraphType>("last", "取最后若干条。Take the last items.")
            .Argument<StringGraphType>("before", "到此游标之前为止。End before this cursor.");
    }
}
