using Rugao.Graph.Tests.TestSupport;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rugao.Graph.Tests.Graph.Search.Relevance;

/// <summary>The hand-judged queries of <c>relevance.yaml</c>.</summary>
public sealed class RelevanceJudgments
{
    public List<JudgedQuery> Queries { get; set; } = [];

    public static RelevanceJudgments Load()
    {
        var path = RepositoryRoot.Combine("tests", "Rugao.Graph.Tests", "Graph", "Search", "Relevance", "relevance.yaml");
        return new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<RelevanceJudgments>(File.ReadAllText(path));
    }
}

public sealed class JudgedQuery
{
    public string Query { get; set; } = "";
    public string Kind { get; set; } = "";

    /// <summary>Codes of the standards the search is limited to.</summary>
    public List<string>? Standards { get; set; }

    /// <summary>A service area code: the search is limited to the standards listed for it.</summary>
    public string? Area { get; set; }

    public DateOnly? AsOf { get; set; }

    /// <summary>Grade by document key: <c>GB/T 28220</c> for a standard, <c>GB/T 28220 5.1</c> for a clause.</summary>
    public Dictionary<string, int> Relevant { get; set; } = [];
}
