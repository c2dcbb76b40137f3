using GraphQL.Types;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class ClauseKindGraphType : EnumerationGraphType
{
    public ClauseKindGraphType()
    {
        Name = "ClauseKind";
        Description = "条款层次（GB/T 1.1-2020）。The GB/T 1.1-2020 layer of a clause entry.";
        this.AddValues(
            (ClauseKind.Chapter, "章，如“5”。A chapter, e.g. 5."),
            (ClauseKind.Clause, "条，如“5.2.1”。A numbered clause, e.g. 5.2.1."),
            (ClauseKind.Paragraph, "段（不编号）。An unnumbered paragraph."),
            (ClauseKind.ListItem, "列项，如“a)”。A list item, e.g. a)."),
            (ClauseKind.Note, "注（资料性）。A note (informative)."),
            (ClauseKind.Table, "表。A table."),
            (ClauseKind.Appendix, "附录，如“附录A”。An appendix, e.g. A."));
    }
}
