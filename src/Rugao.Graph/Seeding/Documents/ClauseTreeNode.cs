using Rugao.Graph.Clauses;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>A mutable clause while a version's tree is assembled from entries or changes.</summary>
internal sealed class ClauseTreeNode
{
    public required Guid Lineage { get; init; }
    public ClauseNumber? Number { get; set; }
    public string? Heading { get; set; }
    public string? Text { get; set; }
    public ClauseKind Kind { get; set; }
    public bool? Normative { get; set; }
    public bool Mandatory { get; set; }
    public int Line { get; set; }
    public ClauseTreeNode? Parent { get; set; }
    public List<ClauseTreeNode> Children { get; } = [];

    public IEnumerable<ClauseTreeNode> SelfAndDescendants() =>
        Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    /// <summary>Unnumbered content first, in the order written, then sub-clauses in numbering order.</summary>
    public void Adopt(ClauseTreeNode child)
    {
        child.Parent = this;
        if (child.Number is not { } number)
        {
            var firstNumbered = Children.FindIndex(c => c.Number is not null);
            Children.Insert(firstNumbered < 0 ? Children.Count : firstNumbered, child);
            return;
        }

        var after = Children.FindIndex(c => c.Number is { } other && other.CompareTo(number) > 0);
        Children.Insert(after < 0 ? Children.Count : after, child);
    }
}
