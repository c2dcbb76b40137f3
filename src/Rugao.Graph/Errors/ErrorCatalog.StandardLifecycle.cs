namespace Rugao.Graph.Errors;

/// <summary>Amending, superseding and abolishing standards.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode TooManyChanges = ErrorCode.Define("TOO_MANY_CHANGES", "一份修改单至多 {0} 处修改。An amendment has at most {0} changes.");

    public static readonly ErrorCode ChangeRepeated = ErrorCode.Define("CHANGE_REPEATED",
        "条款“{0}”在本修改单中重复出现。Clause '{0}' appears twice in this amendment.");

    public static readonly ErrorCode AlreadySuperseded = ErrorCode.Define("ALREADY_SUPERSEDED", "该标准已被代替。The standard has already been superseded.");

    public static readonly ErrorCode SupersedeSelf = ErrorCode.Define("SUPERSEDE_SELF", "标准不能代替自身。A standard cannot supersede itself.");

    public static readonly ErrorCode SupersedeCycle = ErrorCode.Define("SUPERSEDE_CYCLE",
        "代替关系不能成环：该标准已（间接）被本标准代替。The successor is itself (indirectly) replaced by this standard.");

    public static readonly ErrorCode SuccessorNotLater = ErrorCode.Define("SUCCESSOR_NOT_LATER",
        "代替标准须晚于被代替标准实施。The successor must take effect after the standard it replaces.");

    public static readonly ErrorCode AlreadyAbolished = ErrorCode.Define("ALREADY_ABOLISHED", "该标准已废止。The standard has already been abolished.");

    public static readonly ErrorCode AbolishedBeforeEffective = ErrorCode.Define("ABOLISHED_BEFORE_EFFECTIVE",
        "废止日期不能早于首次实施日期 {0:yyyy-MM-dd}。It cannot be abolished before it first took effect ({0:yyyy-MM-dd}).");
}
