using Rugao.Graph.Errors;

namespace Rugao.Graph.Clauses;

internal sealed class ClauseOutlineLinker
{
    private readonly List<ClauseOutlineNode> nodes = [];
    private readonly List<ClauseOutlineError> errors = [];
    private readonly Dictionary<ClauseNumber, int> firstIndexOf = [];

    // Unnumbered entries belong to the closest numbered entry, even one whose number is wrong: that is where the
    // author put them, and re-homing them would only add misleading errors.
    private int? closestNumbered;

    // Document order is checked against the previous good number rather than only among siblings, which also
    // catches a subclause placed under the wrong chapter (5, 6, 5.2).
    private ClauseNumber? previous;

    public ClauseOutline Link(IEnumerable<ClauseOutlineEntry> entries)
    {
        foreach (var entry in entries)
        {
            nodes.Add(string.IsNullOrWhiteSpace(entry.Number) ? LinkUnnumbered(entry.Kind) : LinkNumbered(entry.Number, entry.Kind));
        }

        return new ClauseOutline(nodes.AsReadOnly(), errors.AsReadOnly());
    }

    private ClauseOutlineNode LinkUnnumbered(ClauseKind? kind)
    {
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            Fail(ClauseOutlineMessages.KindRequired());
        }
        else if (kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Appendix)
        {
            Fail(ClauseOutlineMessages.NumberRequired(kind.Value));
        }

        if (closestNumbered is not { } parent)
        {
            Fail(ClauseOutlineMessages.Orphan(kind));
            return new ClauseOutlineNode(nodes.Count, null, kind, null, 1);
        }

        return new ClauseOutlineNode(nodes.Count, null, kind, parent, nodes[parent].Depth + 1);
    }

    private ClauseOutlineNode LinkNumbered(string text, ClauseKind? kind)
    {
        var index = nodes.Count;
        closestNumbered = index;
        if (!ClauseNumber.TryParseWithCode(text, out var number, out var problem))
        {
            Fail(problem.Value.Describe(text));
            return new ClauseOutlineNode(index, null, kind, null, 1);
        }

        if (kind is { } given && given != number.DefaultKind)
        {
            Fail(ClauseOutlineMessages.KindMismatch(number, given));
        }

        if (!firstIndexOf.TryAdd(number, index))
        {
            Fail(ClauseOutlineMessages.Duplicate(number));
        }
        else
        {
            if (previous is not null && number < previous)
            {
                Fail(ClauseOutlineMessages.OutOfOrder(number, previous));
            }

            previous = number;
        }

        return new ClauseOutlineNode(index, number, number.DefaultKind, FindParent(number), number.Depth);
    }

    private int? FindParent(ClauseNumber number)
    {
        if (number.Parent is not { } parent)
        {
            return null;
        }

        if (firstIndexOf.TryGetValue(parent, out var parentIndex))
        {
            return parentIndex;
        }

        Fail(ClauseOutlineMessages.ParentMissing(number, parent));
        return null;
    }

    private void Fail(ErrorText error) => errors.Add(new ClauseOutlineError(nodes.Count, error.Code, error.Message));
}
