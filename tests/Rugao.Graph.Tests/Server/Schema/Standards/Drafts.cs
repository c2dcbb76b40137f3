using System.Text.Json;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

/// <summary>
/// The drafts a visibility test made, the argument table its schema walk fills fields from, and how to find the drafts
/// in a response.
/// </summary>
internal sealed record Drafts(
    string StandardId, string VersionId, string RevisionId, IReadOnlyList<string> ClauseIds, string Code, string RevisionCode,
    string ServiceItemId, string PublishedVersionId, string Word)
{
    private IReadOnlyList<string> Ids => [StandardId, VersionId, RevisionId, .. ClauseIds];

    /// <summary>Arguments of the fields on the way: published things next to the drafts, so that the walk goes on.</summary>
    public object? Hop(WalkArgument argument) => (argument.Name, argument.Type, argument.Returns) switch
    {
        ("first", _, _) => 100,
        ("code", _, _) => "GB/T 28222",
        ("id", _, "ServiceItem") => ServiceItemId,
        ("number", "Int", _) => 1,
        ("number", "String", _) => "1",
        ("against", _, _) => PublishedVersionId,
        ("query", _, _) => Word,
        ("prefix", _, _) => "测试服务",
        _ => null,
    };

    /// <summary>Arguments of a field that can return a draft: every way of asking for the drafts by name.</summary>
    public IReadOnlyList<object> Probe(WalkArgument argument) => (argument.Name, argument.Type, argument.Returns) switch
    {
        ("id", _, "Standard") => [StandardId],
        ("id", _, _) when argument.Returns is "Node" => Ids.Cast<object>().ToList(),
        ("ids", _, _) => [Ids.ToList()],
        ("code", _, _) => [Code, RevisionCode],
        ("number", "Int", _) => [1, 2, 3],
        ("number", "String", _) => ["1", "2", "99"],
        ("query", _, _) => [Word, Code],
        ("prefix", _, _) => ["测试服务", "DB3206"],
        _ => [],
    };

    /// <summary>Where a draft shows in a response: its global IDs, or its code on a standard or version.</summary>
    public IEnumerable<string> Find(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Find);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var found = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Name is "id" or "identity" or "code")
            {
                var text = property.Value.GetString()!;
                if (Ids.Contains(text) || text.StartsWith(Code, StringComparison.Ordinal) || text == RevisionCode)
                {
                    found.Add(text);
                }
            }
            else
            {
                found.AddRange(Find(property.Value));
            }
        }

        return found;
    }
}
