using Rugao.Graph.Indicators;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>Reads the seed files other than standards: departments, the standard system, catalogs, indicators.</summary>
public static class ReferenceFileReader
{
    public static List<DepartmentDocument> Departments(SeedNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.AllowOnly("departments");
        return root.List("departments", required: true).Select(node =>
        {
            node.AllowOnly("code", "name", "shortName", "jurisdiction");
            return new DepartmentDocument(node.Line, node.RequiredText("code", 64), node.RequiredText("name", 200),
                node.Text("shortName", maxLength: 64), node.RequiredText("jurisdiction", 64));
        }).ToList();
    }

    public static List<SystemNodeDocument> SystemNodes(SeedNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.AllowOnly("nodes");
        return Nodes(root, "nodes", required: true);

        static List<SystemNodeDocument> Nodes(SeedNode parent, string key, bool required) =>
            parent.List(key, required).Select(node =>
            {
                node.AllowOnly("code", "name", "description", "children");
                return new SystemNodeDocument(node.Line, node.RequiredText("code", 64), node.RequiredText("name", 200),
                    node.Text("description", maxLength: 2000), Nodes(node, "children", required: false));
            }).ToList();
    }

    public static CatalogDocument Catalog(SeedNode root, SeedErrors errors)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.AllowOnly("edition", "areas");
        var edition = root.Get("edition") ?? root;
        edition.AllowOnly("code", "name", "jurisdiction", "basis", "publishedOn", "effectiveFrom");
        var areas = root.List("areas", required: true).Select(area =>
        {
            area.AllowOnly("code", "name", "categories");
            var categories = area.List("categories", required: true).Select(category =>
            {
                category.AllowOnly("code", "name", "items");
                return new CategoryDocument(category.Line, category.RequiredText("code", 64),
                    category.RequiredText("name", 200), category.List("items", required: true).Select(Item).ToList());
            }).ToList();
            return new AreaDocument(area.Line, area.RequiredText("code", 64), area.RequiredText("name", 200), categories);
        }).ToList();
        return new CatalogDocument(root.File, edition.RequiredText("code", 64), edition.RequiredText("name", 200),
            edition.RequiredText("jurisdiction", 64), edition.Text("basis", maxLength: 500),
            edition.Date("publishedOn", true) ?? default, edition.Date("effectiveFrom", true) ?? default, areas);

        ItemDocument Item(SeedNode item)
        {
            item.AllowOnly("code", "name", "serviceObject", "serviceContent", "serviceStandard",
                "paymentResponsibility", "leadDepartment", "department", "standards");
            var listings = new List<ListingDocument>();
            foreach (var listing in item.List("standards"))
            {
                listing.AllowOnly("code", "listedOn", "reason");
                var text = listing.RequiredText("code", 64);
                var listedOn = listing.Date("listedOn", true);
                if (!StandardCode.TryParse(text, out var code, out var error))
                {
                    errors.Add(listing, $"'{text}' is not a standard code: {error}");
                }
                else if (listedOn is not null)
                {
                    listings.Add(new ListingDocument(listing.Line, code.WithoutYear(), listedOn.Value,
                        listing.Text("reason", maxLength: 1000)));
                }
            }

            return new ItemDocument(item.Line, item.RequiredText("code", 64), item.RequiredText("name", 200),
                item.RequiredText("serviceObject"), item.RequiredText("serviceContent"),
                item.RequiredText("serviceStandard"), item.RequiredText("paymentResponsibility"),
                item.RequiredText("leadDepartment", 500), item.Text("department", maxLength: 64), listings);
        }
    }

    public static List<IndicatorDocument> Indicators(SeedNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.AllowOnly("indicators");
        return root.List("indicators", required: true).Select(node =>
        {
            node.AllowOnly("code", "name", "description", "area", "item", "department", "unit", "target",
                "direction", "period", "measurements");
            var period = node.Get("period");
            period?.AllowOnly("label", "from", "to");
            var measurements = node.List("measurements").Select(m =>
            {
                m.AllowOnly("on", "value", "note");
                return new MeasurementDocument(m.Line, m.Date("on", true) ?? default, m.Number("value", true) ?? 0,
                    m.Text("note", maxLength: 1000));
            }).ToList();
            if (period is null)
            {
                node.Text("period", required: true);
            }

            return new IndicatorDocument(node.Line, node.RequiredText("code", 64), node.RequiredText("name", 200),
                node.Text("description", maxLength: 2000), node.Text("area", maxLength: 64),
                node.Text("item", maxLength: 64), node.Text("department", maxLength: 64),
                node.RequiredText("unit", 32), node.Number("target", true) ?? 0,
                node.Enum<IndicatorDirection>("direction", true) ?? IndicatorDirection.AtLeast,
                period?.RequiredText("label", 64) ?? string.Empty, period?.Date("from"), period?.Date("to"),
                measurements);
        }).ToList();
    }
}
