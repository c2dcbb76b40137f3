using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record SupersedeStandardInput
{
    public int StandardId { get; init; }
    public string? ExpectedVersionToken { get; init; }
    public int SuccessorId { get; init; }
}

public sealed class SupersedeStandardInputType : InputObjectGraphType<SupersedeStandardInput>
{
    public SupersedeStandardInputType()
    {
        Name = "SupersedeStandardInput";
        Description = "以另一已发布标准代替本标准；代替标准实施之日起本标准为“被代替”。"
            + "Replace a standard by another published one; it is SUPERSEDED from the day the successor takes effect.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("被代替的标准 ID。The standard replaced.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<NonNullGraphType<StringGraphType>>("expectedVersionToken")
            .Description("读到的被代替标准 versionToken；已变则返回 CONFLICT。Its versionToken as read; CONFLICT when stale.");
        Field<NonNullGraphType<IdGraphType>>("successorId").Description("代替它的标准 ID。The standard that replaces it.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
    }
}
