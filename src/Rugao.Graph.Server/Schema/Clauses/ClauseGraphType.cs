using GraphQL.Types;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class ClauseGraphType : ObjectGraphType<Clause>
{
    public static readonly NodeFetcher Node = new("Clause",
        (services, id) => services.GetRequiredService<ClauseByIdLoader>().Load(id).Then(c => (object?)c));

    public ClauseGraphType()
    {
        Name = "Clause";
        Description = "条款：标准某一版本中的章、条、段、列项、注、表或附录。One entry of a version's clause tree.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID（属于某一版本）。Global ID (of this version's clause).")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("lineageId")
            .Description("条款跨版本的稳定标识，重新编号后不变。The clause's identity across versions; survives renumbering.")
            .Resolve(c => c.Source.Lineage.ToString("N"));
        Field<StringGraphType>("number").Description("条款编号，如“5.2.1”“A.1”；段、列项等为 null。Clause number; null when unnumbered.")
            .Resolve(c => c.Source.Number);
        Field<StringGraphType>("heading").Description("标题。Heading.").Resolve(c => c.Source.Heading);
        Field<StringGraphType>("text").Description("正文（纯文本）。Text, plain.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ClauseKindGraphType>>("kind").Description("层次类型。Layer.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("normative")
            .Description("规范性（true）或资料性（false）。Normative (true) or informative (false).")
            .Resolve(c => c.Source.Normative);
        Field<NonNullGraphType<BooleanGraphType>>("mandatory")
            .Description("是否强制性条文。Whether this is a mandatory provision (强制性条文).")
            .Resolve(c => c.Source.Mandatory);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("层级深度，章和附录为 1。Depth; 1 for chapters and appendices.")
            .Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<StringGraphType>>("path")
            .Description("编号路径，如“5 › 5.2 › 5.2.1”。Number path, e.g. 5 › 5.2 › 5.2.1.")
            .Resolve(c => c.Source.Path);
        Field<ClauseGraphType>("parent").Description("上级条款。The parent clause.")
            .Resolve(c => c.Source.ParentId is { } parent
                ? c.RequestServices!.GetRequiredService<ClauseByIdLoader>().Load(parent)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClauseGraphType>>>>("children")
            .Description("下级条款，按文档顺序。Child clauses in document order.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ClausesByVersionIdLoader>().Load(c.Source.VersionId)
                .Then(all => all.Where(x => x.ParentId == c.Source.Id).ToList()));
        Field<NonNullGraphType<StandardVersionGraphType>>("version").Description("所属版本。The version it belongs to.")
            .Resolve(c => VersionViews.Load(c, c.Source.VersionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClauseRevisionGraphType>>>>("history")
            .Description("本条款（同一 lineageId）在各已发布版本中的修订，从旧到新；未改动的相邻版本合并为一次修订。"
                         + "This clause's revisions across the published versions, oldest first; unchanged consecutive versions are one revision.")
            .Resolve(c => ClauseRevisionViews.Load(c.RequestServices!, c.Source));
    }
}
