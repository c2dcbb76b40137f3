using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record AbolishStandardInput
{
    public int StandardId { get; init; }
    public string? ExpectedVersionToken { get; init; }
    public DateOnly AbolishedOn { get; init; }
    public string? Reason { get; init; }
}

public sealed class AbolishStandardInputType : InputObjectGraphType<AbolishStandardInput>
{
    public AbolishStandardInputType()
    {
        Name = "AbolishStandardInput";
        Description = "废止标准；废止后不能再修订、发布修改单或发布新版本。"
            + "Abolish a standard; it can no longer be revised, amended or published.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("标准 ID。The standard.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<NonNullGraphType<StringGraphType>>("expectedVersionToken")
            .Description("读到的标准 versionToken；已变则返回 CONFLICT。The standard's versionToken as read; CONFLICT when stale.");
        Field<NonNullGraphType<CalendarDateGraphType>>("abolishedOn")
            .Description("废止日期，可晚于今天，不早于首次实施日期。Abolition date; may be ahead, not before it first took effect.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("废止原因。Why it is abolished.");
    }
}
