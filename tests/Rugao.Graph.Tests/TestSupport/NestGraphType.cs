using GraphQL.Types;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>An endlessly nestable object, to build operations of any depth. Its source is its level.</summary>
public sealed class NestGraphType : ObjectGraphType<int>
{
    public NestGraphType()
    {
        Name = "Nest";
        Field<IntGraphType>("level").Resolve(context => context.Source);
        Field<NestGraphType>("child").Resolve(context => context.Source + 1);
    }
}
