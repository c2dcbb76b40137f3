using GraphQL;
using GraphQL.Types;

namespace Rugao.Graph.Tests.TestSupport;

public sealed class EchoQueryType : ObjectGraphType
{
    public const string SecretMessage = "connection string Password=hunter2";

    public EchoQueryType()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string>("name")}!");
        Field<IdGraphType>("echoId")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.GetArgument<string>("id"));
        Field<NestGraphType>("nest").Resolve(_ => 1);
        Field<StringGraphType>("fail").Resolve(_ => throw new InvalidOperationException(SecretMessage));
        Field<StringGraphType>("notFound").Resolve(_ => throw new ExecutionError("Nothing here.") { Code = "NOT_FOUND" });
    }
}
