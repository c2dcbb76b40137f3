namespace Rugao.Graph.Clauses;

/// <summary>Codes of the user errors of editing a draft's clauses, besides the numbering codes of <see cref="ClauseErrors"/>.</summary>
public static class DraftClauseErrors
{
    public const string NotFound = "CLAUSE_NOT_FOUND";
    public const string HeadingRequired = "CLAUSE_HEADING_REQUIRED";
    public const string MoveIntoItself = "CLAUSE_MOVE_INTO_ITSELF";
}
