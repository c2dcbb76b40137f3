namespace Rugao.Graph.Clauses;

/// <summary>What a piece of a character diff is: kept, added by the newer text or dropped from the older one.</summary>
public enum DiffSegmentKind
{
    Unchanged,
    Inserted,
    Deleted,
}
