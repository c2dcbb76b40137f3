using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Scalars;

/// <summary>The <c>Date</c> scalar: a calendar date in ISO 8601 (<c>2023-07-01</c>).</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "日期，ISO 8601 格式（如 2023-07-01）。A calendar date in ISO 8601 form, e.g. 2023-07-01.";
    }
}
