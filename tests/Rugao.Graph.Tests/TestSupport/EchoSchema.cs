namespace Rugao.Graph.Tests.TestSupport;

/// <summary>A tiny schema that lets transport tests exercise every path without the real domain.</summary>
public sealed class EchoSchema : GraphQL.Types.Schema
{
    public EchoSchema(IServiceProvider services) : base(services)
    {
        Query = new EchoQueryType();
        Mutation = new EchoMutationType();
        Subscription = new EchoSubscriptionType();
    }
}
