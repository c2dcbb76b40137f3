using Rugao.Graph.Seeding.Documents;

namespace Rugao.Graph.Seeding;

/// <summary>Reads a seed folder and checks every file and every reference between files before anything is written.</summary>
public static class SeedReader
{
    public static SeedSet Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedValidationException([new SeedError(directory, 0, "the seed folder does not exist")]);
        }

        var errors = new SeedErrors();
        SeedNode? Load(string relative) =>
            YamlFile.Load(Path.Combine(directory, relative), relative.Replace('\\', '/'), errors);

        var departments = Load("departments.yaml") is { } d ? ReferenceFileReader.Departments(d) : [];
        var system = Load("standard-system.yaml") is { } s ? ReferenceFileReader.SystemNodes(s) : [];
        var standards = Files(directory, "standards")
            .Select(file => Load(file) is { } node ? StandardFileReader.Read(node, errors) : null)
            .OfType<StandardDocument>().ToList();
        var catalogs = Files(directory, "catalog")
            .Select(file => Load(file) is { } node ? ReferenceFileReader.Catalog(node, errors) : null)
            .OfType<CatalogDocument>().ToList();
        var indicators = Load("indicators.yaml") is { } i ? ReferenceFileReader.Indicators(i) : [];

        var set = new SeedSet(departments, system, standards, catalogs, indicators);
        new SeedCrossCheck(set, errors).Run();
        errors.ThrowIfAny();
        return set;
    }

    private static IEnumerable<string> Files(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.yaml").Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(directory, f))
            : [];
    }
}
