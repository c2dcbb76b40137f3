namespace Rugao.Graph.Standards;

/// <summary>Dates of standards are days in China Standard Time (UTC+8, no daylight saving).</summary>
public static class LocalCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
