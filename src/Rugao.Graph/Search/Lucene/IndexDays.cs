namespace Rugao.Graph.Search.Lucene;

/// <summary>Days as <c>yyyyMMdd</c> integers, compared as integers from doc values; an open end is 9999-12-31.</summary>
internal static class IndexDays
{
    public const int OpenEnd = 99991231;

    public static int Of(DateOnly day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    public static int Of(DateOnly? day) => day is { } value ? Of(value) : OpenEnd;
}
