namespace Rugao.Graph.Seeding.Documents;

/// <summary>The lineages of the previous version's clauses: by number, and by position under their parent for unnumbered ones.</summary>
internal sealed class ClauseLineageLookup
{
    private readonly Dictionary<string, Guid> numbered = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, int), Guid> unnumbered = [];

    public ClauseLineageLookup(IReadOnlyList<ClauseDocument>? previous)
    {
        if (previous is null)
        {
            return;
        }

        var ordinals = new Dictionary<int, int>();
        for (var i = 0; i < previous.Count; i++)
        {
            var clause = previous[i];
            if (clause.Number is not null)
            {
                numbered[clause.Number] = clause.Lineage;
            }
            else if (clause.Parent is { } parent)
            {
                var ordinal = ordinals.GetValueOrDefault(parent);
                ordinals[parent] = ordinal + 1;
                unnumbered[(previous[parent].Lineage, ordinal)] = clause.Lineage;
            }
        }
    }

    public Guid? Numbered(string number) => numbered.TryGetValue(number, out var lineage) ? lineage : null;

    public Guid? Unnumbered(Guid parent, int ordinal) =>
        unnumbered.TryGetValue((parent, ordinal), out var lineage) ? lineage : null;
}
