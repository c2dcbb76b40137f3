using Rugao.Graph.Clauses;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>Reads the standard file format (<c>seed/standards/*.yaml</c>, also what the importer accepts).</summary>
public static class StandardFileReader
{
    private static readonly string[] StandardKeys =
    [
        "code", "title", "titleEn", "level", "nature", "department", "issuedBy", "systemNode", "ics", "ccs",
        "draftingOrganisations", "supersedes", "abolished", "versions",
    ];

    private static readonly string[] VersionKeys =
        ["year", "amendment", "label", "publishedOn", "effectiveFrom", "changeSummary", "clauses", "changes"];

    private static readonly string[] ClauseKeys =
        ["number", "heading", "text", "kind", "normative", "mandatory", "was", "remove"];

    /// <param name="draft">
    /// True for the importer: it makes a draft of the last version, so publication dates may be left out (they read as
    /// <see cref="DateOnly.MinValue"/> and are not used).
    /// </param>
    public static StandardDocument? Read(SeedNode root, SeedErrors errors, bool draft = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(errors);
        root.AllowOnly(StandardKeys);
        var codeText = root.RequiredText("code", 64);
        if (!StandardCode.TryParse(codeText, out var code, out var codeError))
        {
            errors.Add(root.Get("code") ?? root, $"'{codeText}' is not a standard code: {codeError}");
            return null;
        }

        var identity = code.WithoutYear();

        if (code.Year is not null)
        {
            errors.Add(root.Get("code")!, $"write the code without its year ('{code.WithoutYear()}'); each version carries its year");
        }

        var abolished = root.Get("abolished");
        abolished?.AllowOnly("on", "reason");
        var versions = ReadVersions(root, identity, errors, draft);
        return new StandardDocument(
            root.File,
            identity,
            root.RequiredText("title", 200),
            root.Text("titleEn", maxLength: 300),
            root.Enum<StandardLevel>("level") ?? identity.Level,
            root.Enum<StandardNature>("nature") ?? identity.Nature,
            root.RequiredText("department", 64),
            root.RequiredText("systemNode", 64),
            root.Text("issuedBy", maxLength: 200),
            root.Text("ics", maxLength: 64),
            root.Text("ccs", maxLength: 64),
            root.TextList("draftingOrganisations"),
            ReadCodes(root, "supersedes", errors),
            abolished?.Date("on", true),
            abolished?.Text("reason", maxLength: 1000),
            versions,
            root.Line,
            LineOf(root, "department"),
            LineOf(root, "systemNode"),
            LineOf(root, "supersedes"));
    }

    private static int LineOf(SeedNode root, string key) => root.Get(key)?.Line ?? root.Line;

    private static List<StandardCode> ReadCodes(SeedNode root, string key, SeedErrors errors)
    {
        var codes = new List<StandardCode>();
        foreach (var text in root.TextList(key))
        {
            if (StandardCode.TryParse(text, out var code, out var error))
            {
                codes.Add(code.WithoutYear());
            }
            else
            {
                errors.Add(root.Get(key)!, $"'{text}' is not a standard code: {error}");
            }
        }

        return codes;
    }

    private static List<VersionDocument> ReadVersions(SeedNode root, StandardCode identity, SeedErrors errors, bool draft)
    {
        var resolver = new ClauseTreeResolver(root.File, errors, identity.ToString()!);
        var result = new List<VersionDocument>();
        var nodes = root.List("versions", required: true);
        if (root.Get("versions") is not null && nodes.Count == 0)
        {
            errors.Add(root.Get("versions")!, "a standard needs at least one version");
        }

        foreach (var node in nodes)
        {
            node.AllowOnly(VersionKeys);
            var previous = result.Count > 0 ? result[^1] : null;
            var amendment = node.WholeNumber("amendment");
            var year = node.WholeNumber("year");
            var published = node.Date("publishedOn", !draft);
            var effective = node.Date("effectiveFrom", !draft);
            var kind = amendment is null ? StandardVersionKind.Edition : StandardVersionKind.Amendment;
            if (amendment is not null && year is not null)
            {
                errors.Add(node, "an amendment keeps its edition's year: give 'amendment' or 'year', not both");
            }
            else if (amendment is null && year is null)
            {
                errors.Add(node, "a version needs 'year' (an edition) or 'amendment' (a 修改单 number)");
            }

            if (kind == StandardVersionKind.Amendment && previous is null)
            {
                errors.Add(node, "an amendment needs an edition before it");
            }

            if (year is { } y && (y < 1950 || y > 2100 || (previous is not null && y <= previous.Year)))
            {
                errors.Add(node.Get("year")!, $"edition year {y} must be a later year than the edition before it");
            }

            if (published is { } p && effective is { } e && e < p)
            {
                errors.Add(node, $"effectiveFrom {e:yyyy-MM-dd} is before publishedOn {p:yyyy-MM-dd}");
            }

            if (previous is not null && effective is { } eff && eff <= previous.EffectiveFrom)
            {
                errors.Add(node, "versions must be listed in order: each takes effect after the one before it");
            }

            var clauses = ReadClauses(node, previous, resolver, result.Count, errors);
            if (!draft && (published is null || effective is null))
            {
                continue;
            }

            result.Add(new VersionDocument(
                node.Line, kind, year ?? previous?.Year ?? 0, amendment, node.Text("label", maxLength: 64),
                published ?? DateOnly.MinValue, effective ?? DateOnly.MinValue, node.Text("changeSummary", maxLength: 2000),
                clauses, ChangedNumbers(previous?.Clauses, clauses)));
        }

        return result;
    }

    private static IReadOnlyList<ClauseDocument> ReadClauses(
        SeedNode node, VersionDocument? previous, ClauseTreeResolver resolver, int index, SeedErrors errors)
    {
        var full = node.List("clauses").Select(c => ReadEntry(c)).ToList();
        var changes = node.List("changes").Select(c => ReadEntry(c)).ToList();
        if (node.Get("clauses") is not null && node.Get("changes") is not null)
        {
            errors.Add(node, "give either 'clauses' (the full list) or 'changes' (on the previous version), not both");
            return [];
        }

        if (node.Get("changes") is not null)
        {
            if (previous is null)
            {
                errors.Add(node, "the first version needs its full 'clauses'; 'changes' apply to a previous version");
                return [];
            }

            return resolver.ApplyChanges(previous.Clauses, changes, index);
        }

        if (node.Get("clauses") is null)
        {
            errors.Add(node, "a version needs 'clauses' or 'changes'");
            return [];
        }

        return resolver.FromEntries(full, previous?.Clauses, index);
    }

    private static ClauseEntry ReadEntry(SeedNode node)
    {
        node.AllowOnly(ClauseKeys);
        return new ClauseEntry(
            node.Line,
            node.Text("number", maxLength: 32),
            node.Text("heading", maxLength: 200),
            node.Text("text", maxLength: 20000),
            node.Enum<ClauseKind>("kind"),
            node.Flag("normative"),
            node.Flag("mandatory"),
            node.Text("was", maxLength: 32),
            node.Flag("remove") ?? false);
    }

    /// <summary>Numbers of the clauses added, removed or reworded since the previous version, by lineage.</summary>
    private static List<string> ChangedNumbers(IReadOnlyList<ClauseDocument>? before, IReadOnlyList<ClauseDocument> after)
    {
        if (before is null)
        {
            return [];
        }

        var old = before.ToDictionary(c => c.Lineage);
        var now = after.ToDictionary(c => c.Lineage);
        var changed = after.Where(c => !old.TryGetValue(c.Lineage, out var o) || !Same(o, c)).Select(Anchor)
            .Concat(before.Where(c => !now.ContainsKey(c.Lineage)).Select(Anchor));
        return changed.Distinct(StringComparer.Ordinal).ToList();

        static bool Same(ClauseDocument a, ClauseDocument b) =>
            a.Number == b.Number && a.Heading == b.Heading && a.Text == b.Text && a.Mandatory == b.Mandatory
            && a.Normative == b.Normative && a.Kind == b.Kind;

        static string Anchor(ClauseDocument c) => c.Number ?? c.Path.Split(" › ")[^1];
    }
}
