using Rugao.Graph.Search;

namespace Rugao.Graph.Benchmarks;

internal sealed record BenchQuery(string Class, string Text, IReadOnlyCollection<int>? StandardIds = null, IReadOnlyList<SearchKind>? Kinds = null);

/// <summary>
/// What a city's users type, in proportion: short Chinese words, questions, codes in several spellings, numbers
/// from the plan, and clause numbers inside one standard.
/// </summary>
internal static class QueryMix
{
    private static readonly string[] Words =
    [
        "书屋", "办园", "仲裁", "接通率", "放映", "幼儿园 资助", "文体中心", "图书藏量", "就业援助", "失业登记", "劳动合同",
        "体育设施", "应急广播", "社会体育指导员", "免费开放", "寄宿生 生活补助", "职业技能鉴定", "创业担保贷款", "公共图书馆", "满意度",
    ];

    private static readonly string[] Questions =
    [
        "孩子上幼儿园有补助吗", "失业了去哪里登记", "村里多久放一次电影", "农家书屋有多少册书", "12333电话接通率是多少",
        "劳动争议怎么申请仲裁", "镇文体中心面积要求",
    ];

    private static readonly string[] Numbers = ["1000平方米", "12000册", "85%", "12333", "2.8平方米"];

    public static List<BenchQuery> Build(IReadOnlyList<SearchDocument> corpus)
    {
        var random = new Random(7);
        var standards = corpus.Where(d => d.Kind == SearchKind.Standard).ToList();
        var mix = new List<BenchQuery>();
        for (var i = 0; i < 400; i++)
        {
            var standard = standards[random.Next(standards.Count)];
            mix.Add((i % 10) switch
            {
                < 4 => new BenchQuery("word", Words[random.Next(Words.Length)]),
                < 6 => new BenchQuery("question", Questions[random.Next(Questions.Length)]),
                6 => new BenchQuery("code", standard.Identity),
                7 => new BenchQuery("compact code", standard.CompactCode.ToLowerInvariant()),
                8 => new BenchQuery("number", Numbers[random.Next(Numbers.Length)]),
                _ => new BenchQuery("clause number", "5.2.1", [standard.StandardId], [SearchKind.Clause]),
            });
        }

        return mix;
    }
}
