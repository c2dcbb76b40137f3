using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardVersionGraphType : ObjectGraphType<VersionView>
{
    public static readonly NodeFetcher Node = new("StandardVersion",
        (services, id) => VersionViews.Load(services, id).Then(v => (object?)v));

    public StandardVersionGraphType()
    {
        Name = "StandardVersion";
        Description = "标准版本：发布后不可更改的条款快照（新版本或修改单）；编辑可见的草案在发布前 number、publishedOn、effectiveFrom 为 null。An immutable published snapshot (an edition or an amendment); for editors also the open draft, whose number, publishedOn and effectiveFrom are null until it is published.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Version.Id));
        Field<IntGraphType>("number").Description("版本序号，按发布顺序从 1 开始；草案为 null。Version number, from 1 in publication order; null for a draft.")
            .Resolve(c => c.Source.Version.Number);
        Field<NonNullGraphType<StandardVersionKindGraphType>>("kind").Description("新版本或修改单。Edition or amendment.")
            .Resolve(c => c.Source.Version.Kind);
        Field<NonNullGraphType<StringGraphType>>("code").Description("带年份的标准编号，如“GB/T 28220-2023”。Code with year.")
            .Resolve(c => c.Source.Version.Code);
        Field<NonNullGraphType<IntGraphType>>("year").Description("编号中的年份。The year in the code.")
            .Resolve(c => c.Source.Version.Year);
        Field<IntGraphType>("amendmentNumber").Description("修改单序号；新版本为 null。Amendment number; null for an edition.")
            .Resolve(c => c.Source.Version.AmendmentNumber);
        Field<StringGraphType>("label").Description("版本称谓，如“2019年版”。How the version is cited, e.g. 2019年版.")
            .Resolve(c => c.Source.Version.Label);
        Field<CalendarDateGraphType>("publishedOn").Description("发布日期；草案为 null。Publication date; null for a draft.")
            .Resolve(c => c.Source.Version.PublishedOn);
        Field<CalendarDateGraphType>("effectiveFrom").Description("实施日期；草案为 null。First day in force; null for a draft.")
            .Resolve(c => c.Source.Version.EffectiveFrom);
        Field<CalendarDateGraphType>("effectiveTo")
            .Description("有效期最后一天（被新版本、修改单、代替或废止终止）；仍有效为 null。Last day in force; null while nothing ends it.")
            .Resolve(c => c.Source.EffectiveTo);
        Field<StringGraphType>("changeSummary").Description("变更说明。Summary of the changes.")
            .Resolve(c => c.Source.Version.ChangeSummary);
        StandardVersionDraftFields.AddTo(this);
        Field<NonNullGraphType<StandardGraphType>>("standard").Description("所属标准。The standard.")
            .Resolve(c => new StandardView(c.Source.Standard, c.Source.AsOf));
        Field<NonNullGraphType<IntGraphType>>("clauseCount").Description("条款总数。Number of clause entries.")
            .Resolve(c => Clauses(c).Then(all => all.Count));
        Field<NonNullGraphType<ConnectionGraphType<ClauseGraphType, Clause>>>("clauses")
            .Description("按文档顺序分页列出全部条款。All clause entries in document order, paged.")
            .Paged()
            .Resolve(c =>
            {
                var request = PageRequest.From(c).Validate();
                return Clauses(c).Then(all => Page.From(all, request));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClauseGraphType>>>>("clauseTree")
            .Description("条款树的顶层（章和附录），用 children 展开。Top of the clause tree (chapters, appendices); expand with children.")
            .Resolve(c => Clauses(c).Then(all => all.Where(x => x.ParentId is null).ToList()));
        Field<ClauseGraphType>("clause").Description("按编号取条款，如“5.2.1”“A.1”。A clause by number.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "条款编号。Clause number.")
            .Resolve(c =>
            {
                var text = c.GetArgument<string>("number");
                if (!ClauseNumber.TryParse(text, out var number, out var error))
                {
                    throw StandardErrors.InvalidClauseNumber(error);
                }

                var normalised = number.ToString();
                return Clauses(c).Then(all => all.FirstOrDefault(x => x.Number == normalised));
            });
        Field<NonNullGraphType<VersionDiffGraphType>>("diff")
            .Description("与同一标准另一版本的条款差异，from 为较早者。"
                         + "Clause differences with another version of the same standard; from is the older of the two.")
            .Argument<NonNullGraphType<IdGraphType>>("against", "同一标准另一版本的全局 ID。Global ID of another version of the same standard.")
            .Resolve(c => VersionDiffs.Load(c.RequestServices!, c.Source,
                GlobalId.Expect(c.GetArgument<string>("against"), Node.TypeName, "against"), "against"));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<Clause>> Clauses(IResolveFieldContext<VersionView> context) =>
        context.RequestServices!.GetRequiredService<ClausesByVersionIdLoader>().Load(context.Source.Version.Id);
}
