using GraphQL;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>
/// The Relay paging arguments of one connection field, checked and turned into a window over <c>total</c> items.
/// </summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PageRequest(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
    }

    /// <summary>Throws a coded error for sizes out of range or foreign cursors, before anything is read.</summary>
    public PageRequest Validate()
    {
        Check(First, "first");
        Check(Last, "last");
        if (First is not null && Last is not null)
        {
            throw RelayErrors.FirstAndLast();
        }

        if (After is not null)
        {
            Cursor.ToOffset(After, "after");
        }

        if (Before is not null)
        {
            Cursor.ToOffset(Before, "before");
        }

        return this;
    }

    /// <summary>The offset and count to read, given how many items match.</summary>
    public (int Offset, int Count) Window(int total)
    {
        var start = After is null ? 0 : Math.Min(total, Cursor.ToOffset(After, "after") + 1);
        var end = Before is null ? total : Math.Clamp(Cursor.ToOffset(Before, "before"), start, total);
        if (Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        else
        {
            end = Math.Min(end, start + (First ?? DefaultSize));
        }

        return (start, end - start);
    }

    private static void Check(int? size, string argument)
    {
        if (size is < 0)
        {
            throw RelayErrors.Negative(argument);
        }

        if (size > MaxSize)
        {
            throw RelayErrors.PageTooLarge(argument, size.Value, MaxSize);
        }
    }
}
