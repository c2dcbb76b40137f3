namespace Rugao.Graph.Errors;

/// <summary>Creating, revising, editing and publishing drafts.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode CodeTaken = ErrorCode.Define("CODE_TAKEN", "编号“{0}”已被使用。The code '{0}' is already taken.");
    public static readonly ErrorCode CodeTakenOnImport = CodeTaken.Variant(
        "编号“{0}”已存在；如要导入为其新版本草案，请设置 asRevision。The code '{0}' exists already; set 'asRevision' to import a new draft edition of it.");

    public static readonly ErrorCode NotPublished = ErrorCode.Define("NOT_PUBLISHED", "标准尚未发布。The standard has not been published.");
    public static readonly ErrorCode NotPublishedOnRevise = NotPublished.Variant(
        "标准尚未发布，请直接编辑其草案。The standard was never published; edit its draft instead.");
    public static readonly ErrorCode NotPublishedOnLink = NotPublished.Variant("该标准尚未发布。The standard has not been published yet.");
    public static readonly ErrorCode NotPublishedOnList = NotPublished.Variant("该标准尚未发布，不能列入清单。The standard has not been published yet.");

    public static readonly ErrorCode DraftExists = ErrorCode.Define("DRAFT_EXISTS", "该标准已有未发布的草案。The standard already has an open draft.");

    public static readonly ErrorCode StandardAbolished = ErrorCode.Define("STANDARD_ABOLISHED", "标准已废止。The standard has been abolished.");
    public static readonly ErrorCode StandardAbolishedOnRevise = StandardAbolished.Variant(
        "已废止的标准不能修订。An abolished standard cannot be revised.");
    public static readonly ErrorCode StandardAbolishedOnLink = StandardAbolished.Variant(
        "该标准已于 {0:yyyy-MM-dd} 废止。The standard was abolished on {0:yyyy-MM-dd}.");
    public static readonly ErrorCode StandardAbolishedOnList = StandardAbolished.Variant(
        "该标准已于 {0:yyyy-MM-dd} 废止，不能列入清单。The standard was abolished on {0:yyyy-MM-dd}.");
    public static readonly ErrorCode StandardAbolishedOnPublish = StandardAbolished.Variant(
        "已废止的标准不能发布新版本。An abolished standard cannot get a new version.");

    public static readonly ErrorCode InvalidYear = ErrorCode.Define("INVALID_YEAR", "年份应在 {0} 至 {1} 之间。The year lies between {0} and {1}.");

    public static readonly ErrorCode YearNotLater = ErrorCode.Define("YEAR_NOT_LATER",
        "新版本的年份须晚于现行版本的 {0} 年。A new edition's year must be later than {0}.");

    public static readonly ErrorCode StandardPublished = ErrorCode.Define("STANDARD_PUBLISHED",
        "标准已发布，其基本信息不能在草案中修改。The standard has been published; its metadata is not part of a draft.");

    public static readonly ErrorCode CodeHasYear = ErrorCode.Define("CODE_HAS_YEAR",
        "编号不带年份，年份另填 year。Give the code without its year; the year goes in 'year'.");

    public static readonly ErrorCode PublishedInFuture = ErrorCode.Define("PUBLISHED_IN_FUTURE",
        "发布日期不能晚于今天。The publication date cannot be after today.");

    public static readonly ErrorCode EffectiveBeforePublished = ErrorCode.Define("EFFECTIVE_BEFORE_PUBLISHED",
        "实施日期不能早于发布日期。A version cannot take effect before it is published.");

    public static readonly ErrorCode EffectiveBeforePrevious = ErrorCode.Define("EFFECTIVE_BEFORE_PREVIOUS",
        "实施日期须晚于上一版本的 {0:yyyy-MM-dd}。It must take effect after the previous version ({0:yyyy-MM-dd}).");

    public static readonly ErrorCode DraftEmpty = ErrorCode.Define("DRAFT_EMPTY", "草案没有任何条款。The draft has no clauses to publish.");

    public static readonly ErrorCode InvalidStandardCode = ErrorCode.Define("INVALID_STANDARD_CODE",
        "标准编号“{0}”无效：{1}。Invalid standard code '{0}': {2}.");
    public static readonly ErrorCode StandardCodeMissing = InvalidStandardCode.Variant("标准编号无效：{0}。Invalid standard code: {1}.");
}
