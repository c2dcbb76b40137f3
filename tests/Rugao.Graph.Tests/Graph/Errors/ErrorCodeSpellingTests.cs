using System.Text.RegularExpressions;
using Rugao.Graph.Errors;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Errors;

/// <summary>The catalogue is the only place a code is spelled: source elsewhere refers to its entries.</summary>
public sealed partial class ErrorCodeSpellingTests
{
    [Fact]
    public void Sources_OutsideTheCatalogue_SpellNoErrorCode()
    {
        var codes = typeof(ErrorCatalog).GetFields()
            .Select(f => f.GetValue(null)).OfType<ErrorCode>().Select(e => e.Code).ToHashSet();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/Migrations/", StringComparison.Ordinal)
                || Path.GetFileName(file).StartsWith("ErrorCatalog.", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match quoted in QuotedScreamingSnake().Matches(lines[i]))
                {
                    var text = quoted.Groups[1].Value;
                    if (codes.Contains(text) || text.Contains('_', StringComparison.Ordinal) || CodeAssignment().IsMatch(lines[i]))
                    {
                        offenders.Add($"{relative}:{i + 1}: {text}");
                    }
                }
            }
        }

        Assert.Empty(offenders);
    }

    [GeneratedRegex("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"")]
    private static partial Regex QuotedScreamingSnake();

    [GeneratedRegex(@"\b[Cc]ode\s*=\s*""")]
    private static partial Regex CodeAssignment();
}
