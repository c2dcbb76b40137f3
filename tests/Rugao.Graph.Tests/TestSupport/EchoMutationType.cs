using GraphQL;
using GraphQL.Types;

namespace Rugao.Graph.Tests.TestSupport;

public sealed class EchoMutationType : ObjectGraphType
{
    public EchoMutationType()
    {
        Name = "Mutation";
        Field<StringGraphType>("shout")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text").ToUpperInvariant());
    }
}
