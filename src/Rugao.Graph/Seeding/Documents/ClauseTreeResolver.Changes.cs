using Rugao.Graph.Clauses;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>A version given as changes on the previous one: updates, additions, removals and renumberings.</summary>
internal sealed partial class ClauseTreeResolver
{
    public IReadOnlyList<ClauseDocument> ApplyChanges(
        IReadOnlyList<ClauseDocument> previous, IReadOnlyList<ClauseEntry> changes, int versionIndex)
    {
        var root = Rebuild(previous);
        foreach (var change in changes)
        {
            if (change.Number is null)
            {
                errors.Add(file, change.Line,
                    "a change names a numbered clause; to change paragraphs or list items, give the version's full 'clauses'");
                continue;
            }

            if (!TryNumber(change.Line, change.Number, out var number))
            {
                continue;
            }

            var existing = Find(root, number);
            if (change.Remove)
            {
                if (existing is null)
                {
                    errors.Add(file, change.Line, $"there is no clause {number} to remove");
                }
                else
                {
                    existing.Parent!.Children.Remove(existing);
                }

                continue;
            }

            if (change.Was is not null)
            {
                Renumber(root, change, number, existing);
                continue;
            }

            if (existing is not null)
            {
                Update(existing, change);
                continue;
            }

            var parent = ParentOf(change.Line, number, n => Find(root, ClauseNumber.Parse(n)), root);
            if (parent is not null && TryKind(change, number, out var kind))
            {
                parent.Adopt(NewNode(change, number, kind, NewLineage(versionIndex, change.Line)));
            }
        }

        return Flatten(root);
    }

    private void Renumber(ClauseTreeNode root, ClauseEntry change, ClauseNumber number, ClauseTreeNode? existing)
    {
        if (!TryNumber(change.Line, change.Was!, out var was))
        {
            return;
        }

        var moved = Find(root, was);
        if (moved is null)
        {
            errors.Add(file, change.Line, $"there is no clause {was} to renumber");
            return;
        }

        if (existing is not null)
        {
            errors.Add(file, change.Line, $"clause {number} already exists; remove it before renumbering {was} to it");
            return;
        }

        moved.Parent!.Children.Remove(moved);
        foreach (var node in moved.SelfAndDescendants().Where(n => n.Number is not null))
        {
            node.Number = ClauseNumber.Parse(number + node.Number!.ToString()![was.ToString()!.Length..]);
        }

        Update(moved, change);
        var parent = ParentOf(change.Line, number, n => Find(root, ClauseNumber.Parse(n)), root);
        parent?.Adopt(moved);
    }

    private static void Update(ClauseTreeNode node, ClauseEntry change)
    {
        node.Heading = change.Heading ?? node.Heading;
        node.Text = change.Text ?? node.Text;
        node.Kind = change.Kind ?? node.Kind;
        node.Normative = change.Normative ?? node.Normative;
        node.Mandatory = change.Mandatory ?? node.Mandatory;
        node.Line = change.Line;
    }
}
