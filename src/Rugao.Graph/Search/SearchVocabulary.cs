namespace Rugao.Graph.Search;

/// <summary>
/// Query-side vocabulary both engines apply: synonym groups bridging how citizens ask (孩子, 住校, 坏了) and how
/// standards are written (幼儿, 寄宿, 故障), in Solr format as Elasticsearch's <c>synonym_graph</c> takes them; and
/// question words that carry no content. Applied to the query only; the index stays as written.
/// </summary>
public sealed record SearchVocabulary
{
    public static SearchVocabulary Default { get; } = new();

    public static SearchVocabulary None { get; } = new() { Synonyms = [], QueryStopWords = [] };

    public IReadOnlyList<string> Synonyms { get; init; } =
    [
        "补助, 资助, 补贴",
        "孩子, 幼儿, 儿童",
        "住校, 寄宿",
        "坏了, 故障, 损坏",
        "修好, 修复, 维修",
        "一周, 每周",
        "一年, 每年",
        "课, 课程",
        "借, 借阅",
        "找工作, 求职",
        "学费, 学杂费",
        "村里, 行政村, 农村",
        "开门, 开放",
        "班, 班级, 班额",
    ];

    /// <summary>Words of a question that every document could match (的, 吗, 多久): dropped from the word query.</summary>
    public IReadOnlyList<string> QueryStopWords { get; init; } =
    [
        "的", "了", "吗", "呢", "吧", "啊", "呀", "么", "有", "是", "在", "能", "去", "上", "要", "我", "你", "请问",
        "什么", "多少", "多久", "怎么", "怎样", "如何", "哪里", "哪儿", "哪些", "几", "个", "一个", "可以", "吗",
    ];
}
