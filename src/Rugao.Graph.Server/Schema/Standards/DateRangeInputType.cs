using GraphQL.Types;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class DateRangeInputType : InputObjectGraphType<DateRangeInput>
{
    public DateRangeInputType()
    {
        Name = "DateRange";
        Description = "日期区间，两端包含在内，均可省略。An inclusive range of days; either end may be left out.";
        Field<CalendarDateGraphType>("from").Description("起始日（含）。First day, inclusive.");
        Field<CalendarDateGraphType>("to").Description("截止日（含）。Last day, inclusive.");
    }
}
