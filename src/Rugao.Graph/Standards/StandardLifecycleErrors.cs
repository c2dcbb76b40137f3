using Rugao.Graph.Editing;

namespace Rugao.Graph.Standards;

/// <summary>
/// Stable codes of the user errors of amending, superseding and abolishing standards, besides the shared ones of
/// <see cref="EditErrors"/> and <see cref="StandardDraftErrors"/>.
/// </summary>
public static class StandardLifecycleErrors
{
    public const string ChangeRepeated = "CHANGE_REPEATED";
    public const string TooManyChanges = "TOO_MANY_CHANGES";
    public const string SupersedeSelf = "SUPERSEDE_SELF";
    public const string SupersedeCycle = "SUPERSEDE_CYCLE";
    public const string AlreadySuperseded = "ALREADY_SUPERSEDED";
    public const string SuccessorNotLater = "SUCCESSOR_NOT_LATER";
    public const string AlreadyAbolished = "ALREADY_ABOLISHED";
    public const string AbolishedBeforeEffective = "ABOLISHED_BEFORE_EFFECTIVE";

    /// <summary>An amendment sheet larger than this is a new edition, and one request cannot bloat the database.</summary>
    public const int MaxChanges = 500;

    internal static UserError NeverPublished(string field) => UserError.At(StandardDraftErrors.NotPublished,
        "标准尚未发布。The standard has not been published.", field);

    internal static UserError Abolished(string field) => UserError.At(StandardDraftErrors.StandardAbolished,
        "标准已废止。The standard has been abolished.", field);

    internal static UserError PublishedInFuture(string field) => UserError.At(StandardDraftErrors.PublishedInFuture,
        "发布日期不能晚于今天。The publication date cannot be after today.", field);

    internal static UserError EffectiveBeforePublished(string field) => UserError.At(StandardDraftErrors.EffectiveBeforePublished,
        "实施日期不能早于发布日期。A version cannot take effect before it is published.", field);

    internal static UserError EffectiveBeforePrevious(DateOnly previous, string field) => UserError.At(
        StandardDraftErrors.EffectiveBeforePrevious,
        $"实施日期须晚于上一版本的 {previous:yyyy-MM-dd}。It must take effect after the previous version ({previous:yyyy-MM-dd}).",
        field);
}
