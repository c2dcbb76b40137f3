using System.Security.Cryptography;
using System.Text;
using Rugao.Graph.Clauses;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>
/// Turns the clause entries of one version — a full list, or changes on the previous version — into a validated
/// tree in document order, keeping each clause's lineage across versions.
/// </summary>
internal sealed partial class ClauseTreeResolver(string file, SeedErrors errors, string identity)
{
    public IReadOnlyList<ClauseDocument> FromEntries(
        IReadOnlyList<ClauseEntry> entries, IReadOnlyList<ClauseDocument>? previous, int versionIndex)
    {
        foreach (var entry in entries.Where(e => e.Was is not null || e.Remove))
        {
            errors.Add(file, entry.Line, "'was' and 'remove' belong to 'changes', not to a full 'clauses' list");
        }

        var outline = ClauseOutline.Build(entries.Select(e => new ClauseOutlineEntry(e.Number, e.Kind)));
        foreach (var error in outline.Errors)
        {
            errors.Add(file, entries[error.EntryIndex].Line, $"{error.Message} ({error.Code})");
        }

        var root = NewRoot();
        if (!outline.IsValid)
        {
            return [];
        }

        var lineages = new ClauseLineageLookup(previous);
        var nodes = new List<ClauseTreeNode>(entries.Count);
        foreach (var (entry, linked) in entries.Zip(outline.Nodes))
        {
            var parent = linked.ParentIndex is { } index ? nodes[index] : root;
            var lineage = linked.Number is { } number
                ? lineages.Numbered(number.ToString())
                : lineages.Unnumbered(parent.Lineage, parent.Children.Count(c => c.Number is null));
            var node = NewNode(entry, linked.Number, linked.Kind!.Value, lineage ?? NewLineage(versionIndex, entry.Line));
            nodes.Add(node);
            parent.Adopt(node);
        }

        return Flatten(root);
    }

    private List<ClauseDocument> Flatten(ClauseTreeNode root)
    {
        var result = new List<ClauseDocument>();
        var indexes = new Dictionary<ClauseTreeNode, int>();
        foreach (var node in root.SelfAndDescendants().Skip(1))
        {
            var parent = node.Parent == root ? null : result[indexes[node.Parent!]];
            var parentIndex = node.Parent == root ? (int?)null : indexes[node.Parent!];
            if (node.Kind == ClauseKind.Appendix && node.Normative is null)
            {
                errors.Add(file, node.Line,
                    $"appendix {node.Number} must state 'normative: true' (规范性) or 'normative: false' (资料性)");
            }

            if (node.Kind is ClauseKind.Chapter or ClauseKind.Appendix && node.Heading is null)
            {
                errors.Add(file, node.Line, $"{node.Number} needs a heading");
            }

            if (node.Number is null && node.Text is null)
            {
                errors.Add(file, node.Line, $"a {EnumNames.ToConstant(node.Kind)} entry needs a text");
            }

            var normative = node.Kind != ClauseKind.Note && (node.Normative ?? parent?.Normative ?? true);
            var number = node.Number?.ToString();
            var path = number is null ? parent!.Path : parent is null ? number : $"{parent.Path} › {number}";
            indexes[node] = result.Count;
            result.Add(new ClauseDocument(node.Lineage, number, node.Heading, node.Text, node.Kind, normative,
                node.Mandatory, parentIndex, node.Number?.Depth ?? parent!.Depth + 1, path));
        }

        return result;
    }

    private static ClauseTreeNode Rebuild(IReadOnlyList<ClauseDocument> previous)
    {
        var root = NewRoot();
        var nodes = new List<ClauseTreeNode>(previous.Count);
        foreach (var clause in previous)
        {
            var node = new ClauseTreeNode
            {
                Lineage = clause.Lineage,
                Number = clause.Number is null ? null : ClauseNumber.Parse(clause.Number),
                Heading = clause.Heading,
                Text = clause.Text,
                Kind = clause.Kind,
                Normative = clause.Normative,
                Mandatory = clause.Mandatory,
            };
            nodes.Add(node);
            var parent = clause.Parent is { } index ? nodes[index] : root;
            node.Parent = parent;
            parent.Children.Add(node);
        }

        return root;
    }

    private bool TryNumber(int line, string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClauseNumber? number)
    {
        if (ClauseNumber.TryParse(text, out number, out var error))
        {
            return true;
        }

        errors.Add(file, line, $"'{text}' is not a clause number: {error} (CLAUSE_NUMBER_INVALID)");
        return false;
    }

    private bool TryKind(ClauseEntry entry, ClauseNumber number, out ClauseKind kind)
    {
        kind = entry.Kind ?? number.DefaultKind;
        if (kind == number.DefaultKind)
        {
            return true;
        }

        errors.Add(file, entry.Line,
            $"clause {number} is numbered as {EnumNames.ToConstant(number.DefaultKind)}, not {EnumNames.ToConstant(kind)} (CLAUSE_KIND_MISMATCH)");
        return false;
    }

    private ClauseTreeNode? ParentOf(int line, ClauseNumber number, Func<string, ClauseTreeNode?> find, ClauseTreeNode root)
    {
        if (number.Parent is not { } parentNumber)
        {
            return root;
        }

        var parent = find(parentNumber.ToString()!);
        if (parent is null)
        {
            errors.Add(file, line, $"clause {number} needs its parent {parentNumber} before it (CLAUSE_PARENT_MISSING)");
        }

        return parent;
    }

    private static ClauseTreeNode? Find(ClauseTreeNode root, ClauseNumber number) =>
        root.SelfAndDescendants().FirstOrDefault(n => n.Number is { } other && other.Equals(number));

    private static ClauseTreeNode NewNode(ClauseEntry entry, ClauseNumber? number, ClauseKind kind, Guid lineage) => new()
    {
        Lineage = lineage,
        Number = number,
        Heading = entry.Heading,
        Text = entry.Text,
        Kind = kind,
        Normative = entry.Normative,
        Mandatory = entry.Mandatory ?? false,
        Line = entry.Line,
    };

    private static ClauseTreeNode NewRoot() => new() { Lineage = Guid.Empty, Kind = ClauseKind.Chapter };

    /// <summary>Derived from the file's content, so loading the same seed twice gives the same identities.</summary>
    private Guid NewLineage(int versionIndex, int line) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}|{versionIndex}|{line}"))[..16]);
}
