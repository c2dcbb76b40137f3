using Rugao.Graph.Seeding.Documents;

namespace Rugao.Graph.Seeding;

/// <summary>Checks the references between seed files: codes are unique and everything named exists.</summary>
internal sealed class SeedCrossCheck(SeedSet set, SeedErrors errors)
{
    private const string DepartmentsFile = "departments.yaml";
    private const string SystemFile = "standard-system.yaml";
    private const string IndicatorsFile = "indicators.yaml";

    public void Run()
    {
        var departments = Unique(set.Departments, d => d.Code, d => (DepartmentsFile, d.Line), "department");
        var nodes = Unique(Flatten(set.SystemNodes), n => n.Code, n => (SystemFile, n.Line), "standard system node");
        var standards = Unique(set.Standards, s => s.Code.ToString(), s => (s.File, s.Line), "standard");
        Unique(set.Catalogs, c => c.Code, c => (c.File, 1), "catalog edition");
        Unique(set.Indicators, i => i.Code, i => (IndicatorsFile, i.Line), "indicator");

        foreach (var standard in set.Standards)
        {
            Require(departments, standard.DepartmentCode, standard.File, standard.DepartmentLine, "department", DepartmentsFile);
            Require(nodes, standard.SystemNodeCode, standard.File, standard.SystemNodeLine, "standard system node", SystemFile);
            foreach (var old in standard.Supersedes)
            {
                Require(standards, old.ToString(), standard.File, standard.SupersedesLine, "standard", "standards/");
            }
        }

        CheckSupersession();
        var areaCodes = new HashSet<string>(StringComparer.Ordinal);
        var itemCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var catalog in set.Catalogs)
        {
            CheckCatalog(catalog, departments, standards, areaCodes, itemCodes);
        }

        foreach (var indicator in set.Indicators)
        {
            Optional(areaCodes, indicator.AreaCode, IndicatorsFile, indicator.Line, "service area", "catalog/");
            Optional(itemCodes, indicator.ItemCode, IndicatorsFile, indicator.Line, "service item", "catalog/");
            Optional(departments, indicator.DepartmentCode, IndicatorsFile, indicator.Line, "department", DepartmentsFile);
        }
    }

    private void CheckCatalog(CatalogDocument catalog, HashSet<string> departments, HashSet<string> standards,
        HashSet<string> areaCodes, HashSet<string> itemCodes)
    {
        if (catalog.EffectiveFrom < catalog.PublishedOn)
        {
            errors.Add(catalog.File, 1, "the edition's effectiveFrom is before its publishedOn");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, line) in catalog.Areas.Select(a => (a.Code, a.Line))
                     .Concat(catalog.Areas.SelectMany(a => a.Categories).Select(c => (c.Code, c.Line)))
                     .Concat(catalog.Areas.SelectMany(a => a.Categories).SelectMany(c => c.Items).Select(i => (i.Code, i.Line))))
        {
            if (!codes.Add(code))
            {
                errors.Add(catalog.File, line, $"code '{code}' is used twice in this edition");
            }
        }

        foreach (var area in catalog.Areas)
        {
            areaCodes.Add(area.Code);
            foreach (var item in area.Categories.SelectMany(c => c.Items))
            {
                itemCodes.Add(item.Code);
                Optional(departments, item.DepartmentCode, catalog.File, item.Line, "department", DepartmentsFile);
                foreach (var listing in item.Standards)
                {
                    Require(standards, listing.Code.ToString(), catalog.File, listing.Line, "standard", "standards/");
                }
            }
        }
    }

    private void CheckSupersession()
    {
        var successors = new Dictionary<string, StandardDocument>(StringComparer.Ordinal);
        foreach (var standard in set.Standards)
        {
            foreach (var old in standard.Supersedes.Select(c => c.ToString()))
            {
                if (old == standard.Code.ToString())
                {
                    errors.Add(standard.File, standard.SupersedesLine, "a standard cannot supersede itself; a new edition is a new version");
                }
                else if (!successors.TryAdd(old, standard))
                {
                    errors.Add(standard.File, standard.SupersedesLine,
                        $"{old} is already superseded by {successors[old].Code}");
                }
            }
        }

        foreach (var start in successors.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            for (var current = start; successors.TryGetValue(current, out var next);)
            {
                current = next.Code.ToString();
                if (!seen.Add(current))
                {
                    errors.Add(next.File, next.SupersedesLine, $"the supersession chain through {start} loops");
                    break;
                }
            }
        }
    }

    private HashSet<string> Unique<T>(IEnumerable<T> items, Func<T, string> key, Func<T, (string File, int Line)> where,
        string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                var (file, line) = where(item);
                errors.Add(file, line, $"{what} '{key(item)}' is defined twice");
            }
        }

        return seen;
    }

    private void Require(HashSet<string> known, string code, string file, int line, string what, string home)
    {
        if (!known.Contains(code))
        {
            errors.Add(file, line, $"{what} '{code}' does not exist (see {home})");
        }
    }

    private void Optional(HashSet<string> known, string? code, string file, int line, string what, string home)
    {
        if (code is not null)
        {
            Require(known, code, file, line, what, home);
        }
    }

    private static IEnumerable<SystemNodeDocument> Flatten(IEnumerable<SystemNodeDocument> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
