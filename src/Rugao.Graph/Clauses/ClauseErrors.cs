namespace Rugao.Graph.Clauses;

public static class ClauseErrors
{
    public const string NumberInvalid = "CLAUSE_NUMBER_INVALID";
    public const string TooDeep = "CLAUSE_TOO_DEEP";
    public const string Duplicate = "CLAUSE_DUPLICATE";
    public const string ParentMissing = "CLAUSE_PARENT_MISSING";
    public const string OutOfOrder = "CLAUSE_OUT_OF_ORDER";
    public const string KindRequired = "CLAUSE_KIND_REQUIRED";
    public const string KindMismatch = "CLAUSE_KIND_MISMATCH";
    public const string Orphan = "CLAUSE_ORPHAN";
}
