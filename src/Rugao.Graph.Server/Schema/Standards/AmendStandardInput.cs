using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record AmendStandardInput
{
    public int StandardId { get; init; }
    public string? ExpectedVersionToken { get; init; }
    public List<AmendmentChangeInput> Changes { get; init; } = [];
    public DateOnly? PublishedOn { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public string? Label { get; init; }
    public string? ChangeSummary { get; init; }
}

public sealed class AmendStandardInputType : InputObjectGraphType<AmendStandardInput>
{
    public AmendStandardInputType()
    {
        Name = "AmendStandardInput";
        Description = "发布修改单：对最新发布版本的局部修改，成为同一版次的新版本，条款保留其标识。"
            + "Publish an amendment (修改单): a partial change to the latest published version, as a new version of the same edition; clauses keep their identity.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("标准 ID。The standard.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<NonNullGraphType<StringGraphType>>("expectedVersionToken")
            .Description("读到的标准 versionToken；已变则返回 CONFLICT。The standard's versionToken as read; CONFLICT when stale.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AmendmentChangeInputType>>>>("changes").Description("各处修改。The changes.");
        Field<CalendarDateGraphType>("publishedOn").Description("发布日期，默认今天。Publication date; today by default.");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("实施日期，可晚于今天。First day in force; may be ahead.");
        Field<StringGraphType>("label").Description("引用名称，如“2019年版”。How the amended version is cited, e.g. 2019年版.");
        Field<StringGraphType>("changeSummary").Description("修改说明。Summary of the changes.");
    }
}
