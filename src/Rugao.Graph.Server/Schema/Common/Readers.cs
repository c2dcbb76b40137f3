using GraphQL;
using Rugao.Graph.Server.Security;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Common;

public static class Readers
{
    /// <summary>Who is reading this field, for the library's visibility rules.</summary>
    public static Readership Readership(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Caller.ReadershipOf(context.User);
    }
}
