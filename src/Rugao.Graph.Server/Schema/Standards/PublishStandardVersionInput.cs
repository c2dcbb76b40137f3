using GraphQL.Types;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record PublishStandardVersionInput : DraftInput
{
    public DateOnly? PublishedOn { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public string? ChangeSummary { get; init; }
}

public sealed class PublishStandardVersionInputType : InputObjectGraphType<PublishStandardVersionInput>
{
    public PublishStandardVersionInputType()
    {
        Name = "PublishStandardVersionInput";
        Description = "发布草案，使其成为不可更改的版本。Freeze a draft into an immutable published version.";
        DraftFields.AddTo(this);
        Field<CalendarDateGraphType>("publishedOn").Description("发布日期，默认今天。Publication date; today by default.");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("实施日期，可晚于今天。First day in force; may be ahead.");
        Field<StringGraphType>("changeSummary").Description("变更说明；不填则沿用草案的。Summary of the changes; the draft's by default.");
    }
}
