using GraphQL.Types;
using GraphQL;
using Rugao.Graph.Errors;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Server.Transports;

namespace Rugao.Graph.Server.Schema.Search;

public static class SearchQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<SearchResultConnectionGraphType>>("search")
            .Description("在标准和条款中全文检索（中文分词与双字索引并用，编号可宽松书写）。Full-text search in standards and clauses; Chinese words and bigrams, codes in any spelling.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "检索词，按字面理解（最多 200 字）。What to look for, taken literally (at most 200 characters).")
            .Argument<SearchFilterInputType>("where", "检索范围。Scope.")
            .Argument<CalendarDateGraphType>("asOf", "按该日的版本与状态检索，默认今天。Search the versions and statuses of this day; default today.")
            .Argument<IntGraphType>("first", "每页条数（默认 20，最多 100）。Page size (default 20, max 100).")
            .Argument<StringGraphType>("after", "从此游标之后开始。Start after this cursor.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("query");
                if (StandardSearch.Check(text) is { } refusal)
                {
                    throw refusal.With(SearchQueryLimits.MaxTextLength).ToExecutionError();
                }

                var request = new PageRequest(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), null, null).Validate();
                var (offset, limit) = request.Window(int.MaxValue);
                if (offset + limit > SearchQueryLimits.MaxWindow)
                {
                    throw ErrorCatalog.SearchPageTooDeep.With(SearchQueryLimits.MaxWindow).ToExecutionError();
                }

                var day = c.AsOf();
                var filter = Filter(c.GetArgument<SearchFilterInput?>("where"));
                try
                {
                    var outcome = await c.RequestServices!.GetRequiredService<StandardSearch>()
                        .SearchAsync(text, filter, day, offset, limit, c.CancellationToken);
                    var hits = outcome.Hits.Select(h => SearchHitView.Of(h, day)).ToList();
                    return new SearchPage(new Page<SearchHitView>(hits, offset, outcome.TotalCount), outcome.Facets, day);
                }
                catch (SearchUnavailableException)
                {
                    throw ErrorCatalog.SearchUnavailable.ToExecutionError();
                }
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionGraphType>>>>("suggest")
            .Description("搜索框补全：名称或编号以输入开头的标准。Completions for a search box: standards whose title or code starts with the text.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", "已输入的文字。What has been typed.")
            .Argument<IntGraphType>("first", "最多条数（默认 10，最多 20）。How many (default 10, at most 20).")
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.GetArgument<int?>("first") ?? 10, 1, SearchQueryLimits.MaxSuggestions);
                var prefix = c.GetArgument<string>("prefix");
                if (prefix.Length > SearchQueryLimits.MaxTextLength)
                {
                    throw ErrorCatalog.SearchPrefixTooLong.ToExecutionError();
                }

                try
                {
                    return await c.RequestServices!.GetRequiredService<StandardSearch>().SuggestAsync(prefix, first, c.CancellationToken);
                }
                catch (SearchUnavailableException)
                {
                    throw ErrorCatalog.SuggestUnavailable.ToExecutionError();
                }
            });
    }

    private static SearchFilter Filter(SearchFilterInput? input) => input is null
        ? new SearchFilter()
        : new SearchFilter
        {
            AreaIds = Arguments.Ids(input.Area, ServiceAreaGraphType.Node.TypeName, "where.area"),
            ServiceItemIds = Arguments.Ids(input.ServiceItem, ServiceItemGraphType.Node.TypeName, "where.serviceItem"),
            SystemNodeIds = Arguments.Ids(input.SystemNode, SystemNodeGraphType.Node.TypeName, "where.systemNode"),
            DepartmentIds = Arguments.Ids(input.Department, DepartmentGraphType.Node.TypeName, "where.department"),
            StandardIds = Arguments.Ids(input.Standard, StandardGraphType.Node.TypeName, "where.standard"),
            Levels = input.Level,
            Statuses = input.Status,
            Kinds = input.Kinds,
        };
}
