using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Server.Hosting;
using Rugao.Graph.Server.Schema;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema;

public sealed class SchemaFileTests
{
    [Fact]
    public void PrintedSchema_EqualsCheckedInFile()
    {
        var printed = PrintSchema();
        var path = RepositoryRoot.Combine("schema", "schema.graphql");
        var onDisk = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(printed == onDisk,
            "schema/schema.graphql differs from the code. Regenerate it with: "
            + "dotnet run --project src/Rugao.Graph.Server -- schema > schema/schema.graphql");
    }

    [Fact]
    public void Schema_DescribesEveryTypeAndField()
    {
        using var services = BuildServices();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = schema.AllTypes
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t.Name))
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : Array.Empty<string>())
                .Concat(t is IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                    : []))
            .ToList();
        Assert.Empty(missing);
    }

    internal static string PrintSchema()
    {
        using var services = BuildServices();
        return SchemaSdl.Print(services.GetRequiredService<ISchema>());
    }

    private static ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().Build();
        return new ServiceCollection().AddLogging().AddRugaoGraph(configuration).BuildServiceProvider();
    }

    private static bool IsBuiltInScalar(string name) =>
        name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
