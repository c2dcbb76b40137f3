using System.Globalization;
using System.Text.RegularExpressions;
using Rugao.Graph.Search;

namespace Rugao.Graph.Benchmarks;

/// <summary>
/// Makes a large, realistic corpus from the seed's patterns: each synthetic standard copies a seed standard's clauses
/// and varies its place, numbers and title, so term statistics look like a real city's standards rather than noise.
/// </summary>
internal sealed partial class CorpusGenerator(IReadOnlyList<SearchDocument> seed, int randomSeed = 20261129)
{
    private static readonly string[] Places =
    [
        "如城街道", "白蒲镇", "东陈镇", "九华镇", "石庄镇", "江安镇", "长江镇", "搬经镇", "磨头镇", "下原镇", "林梓镇", "丁堰镇",
        "吴窑镇", "郭园镇", "城北街道", "城南街道", "高新区", "开发区", "如皋港", "经济开发区",
    ];

    private static readonly string[] Variants = ["建设规范", "服务规范", "管理规范", "评价规范", "运行指南", "服务指南", "工作规程"];

    private readonly Random random = new(randomSeed);

    /// <summary>Every sentence of the seed's clause texts: the pool a synthetic clause draws one varied sentence from.</summary>
    private readonly string[] sentences = seed.Where(d => d.ClauseText is not null)
        .SelectMany(d => Sentences(d.ClauseText!)).Distinct(StringComparer.Ordinal).ToArray();
    private readonly List<IGrouping<int, SearchDocument>> templates =
        seed.GroupBy(d => d.StandardId).Where(g => g.Count(d => d.Kind == SearchKind.Clause) >= 5).ToList();

    /// <summary>Synthetic documents until <paramref name="clauses"/> clause documents have been produced.</summary>
    public IEnumerable<SearchDocument> Generate(int clauses)
    {
        var produced = 0;
        for (var standard = 1_000_000; produced < clauses; standard++)
        {
            var template = templates[random.Next(templates.Count)].ToList();
            var place = Places[random.Next(Places.Length)];
            var head = template.First(d => d.Kind == SearchKind.Standard);
            var number = (10000 + standard % 90000).ToString(CultureInfo.InvariantCulture);
            var title = place + head.Title.Replace("规范", Variants[random.Next(Variants.Length)], StringComparison.Ordinal);
            var identity = $"DB3206/T {number}";
            var common = head with
            {
                StandardId = standard,
                Identity = identity,
                CompactCode = "DB3206T" + number,
                CodeNumber = number,
                VersionCode = $"{identity}-{2018 + random.Next(8)}",
                Title = title,
                DepartmentId = head.DepartmentId,
            };
            yield return common with { Id = $"standard:{standard}" };
            foreach (var clause in template.Where(d => d.Kind == SearchKind.Clause))
            {
                if (produced >= clauses)
                {
                    yield break;
                }

                produced++;
                yield return common with
                {
                    Id = $"clause:{standard}:{produced}",
                    Kind = SearchKind.Clause,
                    VersionId = standard,
                    ClauseId = produced,
                    ClauseNumber = clause.ClauseNumber,
                    ClauseHeading = clause.ClauseHeading,
                    ClauseText = Vary(Splice(clause.ClauseText), place),
                    ClausePath = clause.ClausePath,
                    AncestorHeadings = clause.AncestorHeadings,
                    VisibleFrom = clause.VisibleFrom,
                    VisibleTo = clause.VisibleTo,
                };
            }
        }
    }

    /// <summary>Changes the numbers and names a place, so no two standards are byte-for-byte alike.</summary>
    private string? Vary(string? text, string place) =>
        text is null
            ? null
            : Numbers().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) * (80 + random.Next(41)) / 100)
                .ToString(CultureInfo.InvariantCulture)).Replace("如皋市", "如皋市" + place, StringComparison.Ordinal);

    /// <summary>
    /// Replaces one sentence of a multi-sentence text (or adds one to a single sentence) with a sentence of another
    /// seed clause. Varying numbers and places alone left only ~7 % of clause texts distinct, since most clauses carry
    /// neither; a real city's clauses differ in wording, so a benchmark that could win by repetition would flatter.
    /// </summary>
    private string? Splice(string? text)
    {
        if (text is null || sentences.Length == 0)
        {
            return text;
        }

        var own = Sentences(text).ToList();
        var other = sentences[random.Next(sentences.Length)];
        if (own.Count > 1)
        {
            own[random.Next(own.Count)] = other;
        }
        else
        {
            own.Add(other);
        }

        return string.Concat(own);
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Where(s => s.Length > 0);

    [GeneratedRegex("(?<=[。；！？])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[0-9]{2,6}")]
    private static partial Regex Numbers();
}
