using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Rugao.Graph.Tests.TestSupport;

public sealed class EchoSubscriptionType : ObjectGraphType
{
    public EchoSubscriptionType()
    {
        Name = "Subscription";
        Field<StringGraphType>("ticks")
            .ResolveStream(context => context.RequestServices!.GetRequiredService<EchoTicker>());
    }
}
