using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Importing;

/// <summary>
/// Keeps the clause entries of a file that fit a valid GB/T 1.1 tree, in document order, and reports the rest. A
/// numbered entry that cannot be placed takes the text under it along, rather than lending it to the clause before.
/// </summary>
internal sealed class ClausePlacement
{
    private readonly List<ImportedClause> placed = [];
    private readonly List<ImportReportEntry> report = [];
    private readonly HashSet<ClauseNumber> numbers = [];
    private ClauseNumber? last;
    private bool underUnplaced;

    public IReadOnlyList<ImportedClause> Placed => placed;

    public IReadOnlyList<ImportReportEntry> Report => report;

    public static ClausePlacement Of(IEnumerable<ImportedClause> candidates)
    {
        var placement = new ClausePlacement();
        foreach (var candidate in candidates)
        {
            if (candidate.Refusal is { } refusal)
            {
                placement.Skip(candidate, refusal);
            }
            else if (candidate.Number is null)
            {
                placement.PlaceUnnumbered(candidate);
            }
            else
            {
                placement.PlaceNumbered(candidate);
            }
        }

        return placement;
    }

    private void PlaceUnnumbered(ImportedClause candidate)
    {
        if (last is null)
        {
            Skip(candidate, ErrorCatalog.ClauseOrphan.With());
        }
        else if (underUnplaced)
        {
            Skip(candidate, ErrorCatalog.ImportUnderUnplacedClause.With());
        }
        else if (Fits(candidate))
        {
            placed.Add(candidate);
        }
    }

    private void PlaceNumbered(ImportedClause candidate)
    {
        underUnplaced = true;
        if (!ClauseNumber.TryParseWithCode(candidate.Number, out var number, out var problem))
        {
            Skip(candidate, problem.Value.Describe(candidate.Number));
        }
        else if (numbers.Contains(number))
        {
            Skip(candidate, ErrorCatalog.ClauseNumberRepeated.With(number));
        }
        else if (number.Parent is { } parent && !numbers.Contains(parent))
        {
            Skip(candidate, ErrorCatalog.ClauseSkipsLevel.With(number, parent));
        }
        else if (last is not null && number < last)
        {
            Skip(candidate, ErrorCatalog.ClauseOutOfOrder.With(number, last));
        }
        else if (Fits(candidate))
        {
            placed.Add(candidate with { Number = number.ToString() });
            numbers.Add(number);
            last = number;
            underUnplaced = false;
        }
    }

    private bool Fits(ImportedClause candidate)
    {
        if (placed.Count >= ImportLimits.MaxClauses)
        {
            Skip(candidate, ErrorCatalog.ImportClauseLimit.With(ImportLimits.MaxClauses));
            return false;
        }

        if (candidate.Heading?.Length > EditLimits.ShortText || candidate.Text?.Length > EditLimits.LongText)
        {
            Skip(candidate, ErrorCatalog.ImportTextTooLong.With(EditLimits.ShortText, EditLimits.LongText));
            return false;
        }

        return true;
    }

    private void Skip(ImportedClause candidate, ErrorText error) =>
        report.Add(new ImportReportEntry(candidate.Paragraph, Excerpt.Of(candidate), error.Code, error.Message));
}
