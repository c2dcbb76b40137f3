namespace Rugao.Graph.Clauses;

// Kind is null only when an unnumbered entry gave none; Depth is 1 for anything without a parent.
public sealed record ClauseOutlineNode(int Index, ClauseNumber? Number, ClauseKind? Kind, int? ParentIndex, int Depth);
