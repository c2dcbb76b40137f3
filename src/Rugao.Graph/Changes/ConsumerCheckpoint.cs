namespace Rugao.Graph.Changes;

/// <summary>The last change sequence a consumer of the log (search projector, webhook …) has fully handled.</summary>
public sealed class ConsumerCheckpoint
{
    public required string Consumer { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
