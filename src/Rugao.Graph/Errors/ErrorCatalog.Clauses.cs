namespace Rugao.Graph.Errors;

/// <summary>Clause numbers and the clause tree (GB/T 1.1-2020).</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode ClauseKindMismatch = ErrorCode.Define("CLAUSE_KIND_MISMATCH",
        "编号“{0}”对应的类型是 {1}。Number '{0}' is numbered as {1}, not {2}.");
    public static readonly ErrorCode ClauseNumberRequired = ClauseKindMismatch.Variant("{0}须有编号。{1} needs a number.");
    public static readonly ErrorCode ClauseKindMismatchInOutline = ClauseKindMismatch.Variant(
        "编号“{0}”是{1}的编号，不能标为{2}。Number '{0}' belongs to {3}, not {4}.");

    public static readonly ErrorCode ClauseHeadingRequired = ErrorCode.Define("CLAUSE_HEADING_REQUIRED",
        "章和附录须有标题。A chapter or appendix needs a heading.");

    public static readonly ErrorCode ClauseParentMissing = ErrorCode.Define("CLAUSE_PARENT_MISSING",
        "条款“{0}”的上级“{1}”不存在。The parent '{1}' of clause '{0}' does not exist.");
    public static readonly ErrorCode ClauseParentMissingOnMove = ClauseParentMissing.Variant("上级“{0}”不存在。The parent '{0}' does not exist.");
    public static readonly ErrorCode ClauseSkipsLevel = ClauseParentMissing.Variant(
        "条款“{0}”跳级：其上级“{1}”不存在。Clause '{0}' skips a level: its parent '{1}' is missing.");
    public static readonly ErrorCode ClauseParentMissingInOutline = ClauseParentMissing.Variant(
        "条款“{0}”的上级“{1}”未在其前出现。The parent '{1}' of clause '{0}' does not appear before it.");

    public static readonly ErrorCode ClauseTooDeep = ErrorCode.Define("CLAUSE_TOO_DEEP", "条款编号“{0}”无效：{1}。Invalid clause number '{0}': {2}.");
    public static readonly ErrorCode ClauseTooDeepOnMove = ClauseTooDeep.Variant(
        "移到“{0}”后条款超过 5 级。Under '{0}' the subtree would exceed 5 levels of subclauses.");

    public static readonly ErrorCode ClauseDuplicate = ErrorCode.Define("CLAUSE_DUPLICATE", "条款编号“{0}”已存在。Clause number '{0}' already exists.");
    public static readonly ErrorCode ClauseNumberRepeated = ClauseDuplicate.Variant("条款编号“{0}”重复。Clause number '{0}' appears more than once.");

    public static readonly ErrorCode ClauseMoveIntoItself = ErrorCode.Define("CLAUSE_MOVE_INTO_ITSELF",
        "条款不能移到自身之下。A clause cannot move under itself.");

    public static readonly ErrorCode ClauseNotFound = ErrorCode.Define("CLAUSE_NOT_FOUND", "草案中没有条款“{0}”。The draft has no clause '{0}'.");
    public static readonly ErrorCode ClauseNotInAmendedVersion = ClauseNotFound.Variant("被修改的版本中没有条款“{0}”。The amended version has no clause '{0}'.");

    public static readonly ErrorCode ClauseOrphan = ErrorCode.Define("CLAUSE_ORPHAN",
        "第 1 章之前的内容，无法归入任何条款。Text before clause 1 belongs to no clause.");
    public static readonly ErrorCode ClauseOrphanInOutline = ClauseOrphan.Variant(
        "此{0}之前没有带编号的章、条或附录。This {1} comes before any numbered chapter, clause or appendix.");

    public static readonly ErrorCode ClauseOutOfOrder = ErrorCode.Define("CLAUSE_OUT_OF_ORDER",
        "条款“{0}”不应排在“{1}”之后。Clause '{0}' comes after '{1}'; numbers must follow document order.");

    public static readonly ErrorCode InvalidClauseNumber = ErrorCode.Define("INVALID_CLAUSE_NUMBER",
        "条款编号“{0}”无效：{1}。Invalid clause number '{0}': {2}.");
    public static readonly ErrorCode ClauseNumberMissing = InvalidClauseNumber.Variant("条款编号无效：{0}。Invalid clause number: {1}.");

    public static readonly ErrorCode ClauseKindRequired = ErrorCode.Define("CLAUSE_KIND_REQUIRED",
        "未编号的条目须注明类型（段、列项、注或表）。An unnumbered entry needs a kind: Paragraph, ListItem, Note or Table.");
}
