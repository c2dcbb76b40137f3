using System.Globalization;
using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Standards;

/// <summary>Applies the lines of an amendment sheet to a clause tree with the numbering checks of a draft's puts.</summary>
internal static class AmendmentSheet
{
    /// <summary>The numbers changed, in the order given; errors carry paths under <c>changes</c>.</summary>
    public static IReadOnlyList<string> Apply(DraftClauseTree tree, IReadOnlyList<AmendmentChange> changes, List<UserError> errors)
    {
        if (changes.Count == 0)
        {
            errors.Add(EditErrors.RequiredAt("changes"));
            return [];
        }

        if (changes.Count > StandardLifecycleErrors.MaxChanges)
        {
            errors.Add(ErrorCatalog.TooManyChanges.With(StandardLifecycleErrors.MaxChanges).At("changes"));
            return [];
        }

        var numbers = new List<string>();
        for (var i = 0; i < changes.Count; i++)
        {
            var lineErrors = new List<UserError>();
            if (Apply(tree, changes[i], numbers, lineErrors) is { } number)
            {
                numbers.Add(number);
            }

            var index = i.ToString(CultureInfo.InvariantCulture);
            errors.AddRange(lineErrors.Select(e => e.Under(index).Under("changes")));
        }

        return numbers;
    }

    /// <summary>New rows with the content, lineages and tree of <paramref name="flattened"/>, for the new version.</summary>
    public static List<Clause> Copy(IReadOnlyList<Clause> flattened)
    {
        var copies = new Dictionary<Clause, Clause>(ReferenceEqualityComparer.Instance);
        foreach (var row in flattened)
        {
            copies[row] = new Clause
            {
                Lineage = row.Lineage, Number = row.Number, Heading = row.Heading, Text = row.Text, Kind = row.Kind,
                Normative = row.Normative, Mandatory = row.Mandatory, Position = row.Position, Depth = row.Depth,
                Path = row.Path, Parent = row.Parent is { } parent ? copies[parent] : null,
            };
        }

        return [.. copies.Values.OrderBy(c => c.Position)];
    }

    private static string? Apply(DraftClauseTree tree, AmendmentChange change, List<string> done, List<UserError> errors)
    {
        if (!ClauseNumber.TryParseWithCode(change.Number, out var number, out var problem))
        {
            errors.Add(problem.Value.Describe(change.Number).At("number"));
            return null;
        }

        if (done.Contains(number.ToString()))
        {
            errors.Add(ErrorCatalog.ChangeRepeated.With(number).At("number"));
            return null;
        }

        if (!change.Remove)
        {
            return ClausePut.Apply(tree, number, change.Content, errors) is null ? null : number.ToString();
        }

        if (tree.Find(number) is not { } removed)
        {
            errors.Add(ErrorCatalog.ClauseNotInAmendedVersion.With(number).At("number"));
            return null;
        }

        DraftClauseTree.Detach(removed);
        return number.ToString();
    }
}
