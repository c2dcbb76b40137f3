using System.Text.Json;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema;

/// <summary>Every operation in <c>schema/operations</c> — the README's examples — runs cleanly against the seed.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class SchemaOperationsTests(SeededApi api)
{
    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("schema", "operations"), "*.graphql").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_RunsWithoutErrors_AndReturnsData(string file)
    {
        var document = await File.ReadAllTextAsync(RepositoryRoot.Combine("schema", "operations", file));
        await api.SearchReadyAsync();

        var data = await api.DataAsync(document);

        Assert.NotEmpty(data.EnumerateObject());
        Assert.All(data.EnumerateObject(), root =>
        {
            Assert.True(root.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array, $"{file}: {root.Name}");
            Assert.NotEqual("[]", root.Value.GetRawText());
        });
    }

    [Fact]
    public void Operations_AreThere()
    {
        Assert.True(Operations().Count >= 5);
    }
}
