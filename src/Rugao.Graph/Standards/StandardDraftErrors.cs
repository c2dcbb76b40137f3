using Rugao.Graph.Editing;

namespace Rugao.Graph.Standards;

/// <summary>Stable codes of the user errors of creating, revising, editing and publishing drafts.</summary>
public static class StandardDraftErrors
{
    public const string CodeInvalid = "CODE_INVALID";
    public const string CodeHasYear = "CODE_HAS_YEAR";
    public const string CodeTaken = "CODE_TAKEN";
    public const string YearInvalid = "YEAR_INVALID";
    public const string YearNotLater = "YEAR_NOT_LATER";
    public const string DraftExists = "DRAFT_EXISTS";
    public const string NotPublished = "NOT_PUBLISHED";
    public const string StandardPublished = "STANDARD_PUBLISHED";
    public const string StandardAbolished = "STANDARD_ABOLISHED";
    public const string DraftEmpty = "DRAFT_EMPTY";
    public const string PublishedInFuture = "PUBLISHED_IN_FUTURE";
    public const string EffectiveBeforePublished = "EFFECTIVE_BEFORE_PUBLISHED";
    public const string EffectiveBeforePrevious = "EFFECTIVE_BEFORE_PREVIOUS";

    internal static UserError YearOutOfRange(string field) => UserError.At(YearInvalid,
        $"年份应在 {StandardCodeParser.FirstYear} 至 {StandardCodeParser.LastYear} 之间。"
        + $"The year lies between {StandardCodeParser.FirstYear} and {StandardCodeParser.LastYear}.", field);

    internal static UserError YearNotAfter(int latest, string field) => UserError.At(YearNotLater,
        $"新版本的年份须晚于现行版本的 {latest} 年。A new edition's year must be later than {latest}.", field);

    internal static UserError PublishedMetadata(string field) => UserError.At(StandardPublished,
        "标准已发布，其基本信息不能在草案中修改。The standard has been published; its metadata is not part of a draft.", field);
}
