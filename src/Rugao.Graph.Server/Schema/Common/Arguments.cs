using GraphQL;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Common;

internal static class Arguments
{
    /// <summary>The <c>asOf</c> argument, or today in China Standard Time by the server's clock.</summary>
    public static DateOnly AsOf(this IResolveFieldContext context) =>
        context.GetArgument<DateOnly?>("asOf") ?? context.Today();

    public static DateOnly Today(this IResolveFieldContext context) =>
        LocalCalendar.Today(context.RequestServices!.GetRequiredService<TimeProvider>());

    /// <summary>Decodes a list of global IDs that must all name <paramref name="typeName"/>; null stays null.</summary>
    public static List<int>? Ids(List<string>? ids, string typeName, string argument) =>
        ids?.Select(id => GlobalId.Expect(id, typeName, argument)).ToList();
}
