namespace Rugao.Graph.Changes;

/// <summary>Settings of the notice hub (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>How often the log is read when no commit of this process signals; changes of other processes wait this long at most.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long to wait after the log could not be read.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Most change events read from the log at once.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// Notices a subscriber may have waiting; one more and it is dropped as too slow. Larger than a batch, so one
    /// burst alone never drops a subscriber that keeps up.
    /// </summary>
    public int SubscriberBuffer { get; set; } = 1024;
}
