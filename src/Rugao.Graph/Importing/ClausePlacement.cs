using Rugao.Graph.Clauses;
using Rugao.Graph.Editing;

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
                placement.Skip(candidate, refusal.Code, refusal.Message);
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
            Skip(candidate, ClauseErrors.Orphan,
                "第 1 章之前的内容，无法归入任何条款。Text before clause 1 belongs to no clause.");
        }
        else if (underUnplaced)
        {
            Skip(candidate, ImportErrors.UnderUnplacedClause,
                "所属条款未能导入。The clause this text belongs to could not be placed.");
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
            Skip(candidate, problem.Value.Code, problem.Value.Describe(candidate.Number));
        }
        else if (numbers.Contains(number))
        {
            Skip(candidate, ClauseErrors.Duplicate, $"条款编号“{number}”重复。Clause number '{number}' appears more than once.");
        }
        else if (number.Parent is { } parent && !numbers.Contains(parent))
        {
            Skip(candidate, ClauseErrors.ParentMissing,
                $"条款“{number}”跳级：其上级“{parent}”不存在。Clause '{number}' skips a level: its parent '{parent}' is missing.");
        }
        else if (last is not null && number < last)
        {
            Skip(candidate, ClauseErrors.OutOfOrder,
                $"条款“{number}”不应排在“{last}”之后。Clause '{number}' comes after '{last}'; numbers must follow document order.");
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
            Skip(candidate, ImportErrors.ClauseLimit,
                $"草案最多 {ImportLimits.MaxClauses} 个条目。A draft holds at most {ImportLimits.MaxClauses} entries.");
            return false;
        }

        if (candidate.Heading?.Length > EditLimits.ShortText || candidate.Text?.Length > EditLimits.LongText)
        {
            Skip(candidate, ImportErrors.TextTooLong,
                $"标题不能超过 {EditLimits.ShortText} 字，正文不能超过 {EditLimits.LongText} 字。"
                + $"A heading takes at most {EditLimits.ShortText} characters, a text {EditLimits.LongText}.");
            return false;
        }

        return true;
    }

    private void Skip(ImportedClause candidate, string code, string message) =>
        report.Add(new ImportReportEntry(candidate.Paragraph, Excerpt.Of(candidate), code, message));
}
