namespace Rugao.Graph.Clauses;

/// <summary>
/// A draft's clause rows as a tree, for inserting, renumbering and removing subtrees; <see cref="Flatten"/> writes
/// document order, depth, path and parent back onto the rows. Lineages are never touched.
/// </summary>
internal sealed class DraftClauseTree
{
    private readonly Node root = new(null, null);

    private DraftClauseTree()
    {
    }

    public static DraftClauseTree Of(IEnumerable<Clause> rows)
    {
        var tree = new DraftClauseTree();
        var byId = new Dictionary<int, Node>();
        foreach (var row in rows.OrderBy(r => r.Position))
        {
            var node = new Node(row, row.Number is null ? null : ClauseNumber.Parse(row.Number));
            byId[row.Id] = node;
            var parent = row.ParentId is { } id && byId.TryGetValue(id, out var found) ? found : tree.root;
            parent.Adopt(node, parent.Children.Count);
        }

        return tree;
    }

    /// <summary>New rows with the same content and lineages, for a new draft edition.</summary>
    public static List<Clause> Copy(IReadOnlyList<Clause> rows)
    {
        var copies = new Dictionary<int, Clause>();
        var result = new List<Clause>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Position))
        {
            var copy = new Clause
            {
                Lineage = row.Lineage, Number = row.Number, Heading = row.Heading, Text = row.Text, Kind = row.Kind,
                Normative = row.Normative, Mandatory = row.Mandatory, Position = row.Position, Depth = row.Depth,
                Path = row.Path, Parent = row.ParentId is { } parent ? copies[parent] : null,
            };
            copies[row.Id] = copy;
            result.Add(copy);
        }

        return result;
    }

    public Node? Find(ClauseNumber number) => root.SelfAndDescendants().FirstOrDefault(n => n.Number == number);

    public Node? ParentFor(ClauseNumber number) => number.Parent is { } parent ? Find(parent) : root;

    /// <summary>Places <paramref name="node"/> under <paramref name="parent"/> before the first later-numbered sibling.</summary>
    public static void Insert(Node parent, Node node)
    {
        var index = parent.Children.FindIndex(c => c.Number is not null && c.Number > node.Number);
        parent.Adopt(node, index < 0 ? parent.Children.Count : index);
    }

    public static Node NewNode(Clause row, ClauseNumber number) => new(row, number);

    public static void Detach(Node node) => node.Parent!.Children.Remove(node);

    /// <summary>Document order with depth, path, parent and kind recomputed; the rows still attached to the tree.</summary>
    public List<Clause> Flatten()
    {
        var rows = new List<Clause>();
        foreach (var node in root.SelfAndDescendants().Skip(1))
        {
            var row = node.Row!;
            var parent = node.Parent == root ? null : node.Parent!.Row;
            row.Number = node.Number?.ToString();
            row.Kind = node.Number?.DefaultKind ?? row.Kind;
            row.Parent = parent;
            if (parent is null)
            {
                row.ParentId = null;
            }

            row.Position = rows.Count;
            row.Depth = node.Number?.Depth ?? (parent?.Depth ?? 0) + 1;
            row.Path = row.Number is null ? parent?.Path ?? "" : parent is null ? row.Number : $"{parent.Path} › {row.Number}";
            rows.Add(row);
        }

        return rows;
    }

    internal sealed class Node(Clause? row, ClauseNumber? number)
    {
        public Clause? Row { get; } = row;

        public ClauseNumber? Number { get; set; } = number;

        public Node? Parent { get; private set; }

        public List<Node> Children { get; } = [];

        public void Adopt(Node child, int index)
        {
            child.Parent = this;
            Children.Insert(index, child);
        }

        public IEnumerable<Node> SelfAndDescendants()
        {
            yield return this;
            foreach (var descendant in Children.SelectMany(c => c.SelfAndDescendants()))
            {
                yield return descendant;
            }
        }

        /// <summary>Renumbers this subtree so that it starts at <paramref name="number"/>.</summary>
        public void RenumberTo(ClauseNumber number)
        {
            var from = Number!.ToString().Length;
            foreach (var node in SelfAndDescendants().Where(n => n.Number is not null).ToList())
            {
                node.Number = ClauseNumber.Parse(number + node.Number!.ToString()[from..]);
            }
        }
    }
}
