using GraphQL.Types;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class SuggestionGraphType : ObjectGraphType<SearchDocument>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "搜索框的补全建议：名称或编号以输入开头的标准。A completion for a search box.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("标准编号（最新版本）。Code of the latest version.")
            .Resolve(c => c.Source.VersionCode);
        Field<NonNullGraphType<StringGraphType>>("title").Description("标准名称。Title.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StandardGraphType>>("standard").Description("标准。The standard.")
            .Resolve(c => c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(c.Source.StandardId)
                .Then(s => s is null ? null : new StandardView(s, c.Today())));
    }
}
