using Rugao.Graph.Clauses;

namespace Rugao.Graph.Importing;

/// <summary>
/// Clause rows of a draft from placed entries. A revision keeps the lineage of each clause whose number the latest
/// published version has (and of the unnumbered entries at the same place under it), so diffs and clause histories
/// line up.
/// </summary>
internal static class ImportedClauseRows
{
    public static List<Clause> Build(ClauseOutline outline, IReadOnlyList<ImportedClause> entries, IReadOnlyList<Clause> previous)
    {
        var numbered = previous.Where(c => c.Number is not null).ToDictionary(c => c.Number!, c => c.Lineage, StringComparer.Ordinal);
        var lineageOf = previous.ToDictionary(c => c.Id, c => c.Lineage);
        var unnumbered = previous.Where(c => c.Number is null && c.ParentId is { } id && lineageOf.ContainsKey(id))
            .GroupBy(c => lineageOf[c.ParentId!.Value])
            .SelectMany(g => g.OrderBy(c => c.Position).Select((c, i) => (Key: (g.Key, i), c.Lineage)))
            .ToDictionary(x => x.Key, x => x.Lineage);
        var rows = new List<Clause>(entries.Count);
        var unnumberedCount = new Dictionary<Guid, int>();
        foreach (var (entry, node) in entries.Zip(outline.Nodes))
        {
            var parent = node.ParentIndex is { } index ? rows[index] : null;
            var number = node.Number?.ToString();
            Guid? lineage = null;
            if (number is not null)
            {
                lineage = numbered.TryGetValue(number, out var kept) ? kept : null;
            }
            else if (parent is not null)
            {
                var at = unnumberedCount.GetValueOrDefault(parent.Lineage);
                unnumberedCount[parent.Lineage] = at + 1;
                lineage = unnumbered.TryGetValue((parent.Lineage, at), out var kept) ? kept : null;
            }

            rows.Add(new Clause
            {
                Lineage = lineage ?? Guid.NewGuid(),
                Number = number,
                Heading = Blank(entry.Heading),
                Text = Blank(entry.Text),
                Kind = node.Kind ?? entry.Kind,
                Normative = entry.Normative ?? parent?.Normative ?? true,
                Mandatory = entry.Mandatory,
                Parent = parent,
                Position = rows.Count,
                Depth = node.Depth,
                Path = number is null ? parent?.Path ?? "" : parent is null ? number : $"{parent.Path} › {number}",
            });
        }

        return rows;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
