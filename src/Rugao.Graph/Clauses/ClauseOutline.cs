namespace Rugao.Graph.Clauses;

// Links a document-ordered list of clause entries into a tree and reports every structural mistake at once, so an
// editor can fix a whole draft in one pass; user input never makes it throw.
public sealed class ClauseOutline
{
    internal ClauseOutline(IReadOnlyList<ClauseOutlineNode> nodes, IReadOnlyList<ClauseOutlineError> errors)
    {
        Nodes = nodes;
        Errors = errors;
    }

    public IReadOnlyList<ClauseOutlineNode> Nodes { get; }

    public IReadOnlyList<ClauseOutlineError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public static ClauseOutline Build(IEnumerable<ClauseOutlineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new ClauseOutlineLinker().Link(entries);
    }
}
