using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardGraphType : ObjectGraphType<StandardView>
{
    public static readonly NodeFetcher Node = new("Standard", (services, id) =>
        services.GetRequiredService<StandardByIdLoader>().Load(id).Then(s => s is null
            ? null
            : (object?)new StandardView(s, LocalCalendar.Today(services.GetRequiredService<TimeProvider>()))));

    public StandardGraphType()
    {
        Name = "Standard";
        Description = "标准：以不带年份的编号标识，各版本（新版本与修改单）见 versions。A standard, identified by its code without year; editions and amendments are its versions.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Standard.Id));
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("当日适用版本的带年份编号，如“GB/T 28220-2023”。Code with the year of the edition that applies on asOf.")
            .Resolve(c => Timeline(c).Then(t => Version(c.Source, t)?.Code ?? c.Source.Standard.Identity));
        Field<NonNullGraphType<StringGraphType>>("identity")
            .Description("不带年份的编号，如“GB/T 28220”。The code without year, the standard's identity.")
            .Resolve(c => c.Source.Standard.Identity);
        Field<NonNullGraphType<StringGraphType>>("title").Description("中文名称。Title (Chinese).")
            .Resolve(c => c.Source.Standard.Title);
        Field<StringGraphType>("titleEn").Description("英文名称。English title.").Resolve(c => c.Source.Standard.TitleEn);
        Field<NonNullGraphType<StandardLevelGraphType>>("level").Description("标准层级。Level.")
            .Resolve(c => c.Source.Standard.Level);
        Field<NonNullGraphType<StandardNatureGraphType>>("nature").Description("标准性质。Nature.")
            .Resolve(c => c.Source.Standard.Nature);
        Field<NonNullGraphType<StandardStatusGraphType>>("status")
            .Description("asOf 当日的状态，由日期与代替关系计算。Status on asOf, computed from dates and the replacement chain.")
            .Resolve(c => Timeline(c).Then(t => t!.StatusOn(c.Source.AsOf)));
        Field<CalendarDateGraphType>("issuedOn").Description("当日适用版本的发布日期。Publication date of the edition that applies.")
            .Resolve(c => Timeline(c).Then(t => t!.EditionOf(Version(c.Source, t))?.PublishedOn));
        Field<CalendarDateGraphType>("effectiveOn").Description("当日适用版本的实施日期。Effective date of the edition that applies.")
            .Resolve(c => Timeline(c).Then(t => t!.EditionOf(Version(c.Source, t))?.EffectiveFrom));
        Field<CalendarDateGraphType>("abolishedOn").Description("废止日期。Abolition date.")
            .Resolve(c => c.Source.Standard.AbolishedOn);
        Field<StringGraphType>("abolitionReason").Description("废止原因。Why it was abolished.")
            .Resolve(c => c.Source.Standard.AbolitionReason);
        Field<StringGraphType>("issuedBy").Description("发布机构。Issuing authority.").Resolve(c => c.Source.Standard.IssuedBy);
        Field<StringGraphType>("ics").Description("国际标准分类号（ICS）。ICS class.").Resolve(c => c.Source.Standard.Ics);
        Field<StringGraphType>("ccs").Description("中国标准文献分类号（CCS）。CCS class.").Resolve(c => c.Source.Standard.Ccs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("draftingOrganisations")
            .Description("起草单位。Drafting organisations.")
            .Resolve(c => c.Source.Standard.DraftingOrganisations?.Split('、') ?? []);
        StandardDraftFields.AddTo(this);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("本对象所反映的日期。The day this view reflects.")
            .Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("主管部门。Responsible department.")
            .Resolve(c => c.RequestServices!.GetRequiredService<DepartmentByIdLoader>().Load(c.Source.Standard.DepartmentId));
        Field<NonNullGraphType<SystemNodeGraphType>>("systemNode").Description("在标准体系中的位置。Its node in the standard system.")
            .Resolve(c => c.RequestServices!.GetRequiredService<SystemNodeByIdLoader>().Load(c.Source.Standard.SystemNodeId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceItemGraphType>>>>("serviceItems")
            .Description("asOf 当日列入标准清单、由本标准支撑的服务事项。Service items it is listed for on asOf.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceItemsByStandardLoader>()
                .Load(new ListingKey(c.Source.Standard.Id, c.Source.AsOf)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceItemGraphType>>>>("linkedServiceItems")
            .Description("本标准关联（所规范）的服务事项，不论是否列入清单。Service items the standard is linked to, listed or not.")
            .Resolve(c => c.RequestServices!.GetRequiredService<LinkedServiceItemsByStandardIdLoader>().Load(c.Source.Standard.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardGraphType>>>>("supersedes")
            .Description("本标准代替的标准。Standards this one replaced.")
            .Resolve(c => c.RequestServices!.GetRequiredService<StandardsBySupersededByIdLoader>().Load(c.Source.Standard.Id)
                .Then(list => StandardViews.Visible(c, list, c.Source.AsOf)));
        Field<StandardGraphType>("supersededBy").Description("代替本标准的标准。The standard that replaces this one.")
            .Resolve(c => c.Source.Standard.SupersededById is { } id
                ? c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(id)
                    .Then(s => StandardViews.Visible(c, s, c.Source.AsOf))
                : null);
        Field<StandardVersionGraphType>("currentVersion")
            .Description("asOf 当日适用的版本（含修改单）；尚未实施时为首个版本。The version that applies on asOf; before it takes effect, the first.")
            .Resolve(c => Timeline(c).Then(t => Version(c.Source, t) is { } v ? VersionViews.Of(v, t!, c.Source.AsOf) : null));
        Field<StandardVersionGraphType>("version")
            .Description("按序号或日期取版本。A version by number, or the one that applied on a day.")
            .Argument<IntGraphType>("number", "版本序号。Version number.")
            .Argument<CalendarDateGraphType>("asOf", "取该日适用的版本。The version that applied on this day.")
            .Resolve(c =>
            {
                var number = c.GetArgument<int?>("number");
                var day = c.GetArgument<DateOnly?>("asOf") ?? c.Source.AsOf;
                return Timeline(c).Then(t =>
                {
                    var version = number is { } n ? t!.Versions.FirstOrDefault(v => v.Number == n) : t!.VersionOn(day);
                    return version is null ? null : VersionViews.Of(version, t, day);
                });
            });
        Field<NonNullGraphType<ConnectionGraphType<StandardVersionGraphType, VersionView>>>("versions")
            .Description("全部已发布版本，按发布顺序。All published versions in publication order.")
            .Paged()
            .Resolve(c =>
            {
                var request = PageRequest.From(c).Validate();
                return Timeline(c).Then(t => Page.From(
                    t!.Versions.Select(v => VersionViews.Of(v, t, c.Source.AsOf)).ToList(), request));
            });
    }

    private static IDataLoaderResult<StandardTimeline?> Timeline(IResolveFieldContext<StandardView> context) =>
        context.RequestServices!.GetRequiredService<StandardTimelineLoader>().Load(context.Source.Standard.Id);

    private static StandardVersion? Version(StandardView view, StandardTimeline? timeline) =>
        view.PinnedYear is { } year ? timeline?.VersionOfYear(year, view.AsOf) : timeline?.VersionOn(view.AsOf);
}
