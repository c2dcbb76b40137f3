using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Relay;

public static class NodeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterface>("node")
            .Description("按全局 ID 获取任意对象。Fetches any object by its global ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "全局 ID。The global ID.")
            .Resolve(context => Fetch(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("按全局 ID 批量获取对象，顺序与参数一致，找不到的为 null。Fetches objects by global IDs, in order; null where none.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "全局 ID 列表（最多 100 个）。Global IDs, at most 100.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > PageRequest.MaxSize)
                {
                    throw RelayErrors.PageTooLarge("ids", ids.Count, PageRequest.MaxSize);
                }

                // A malformed ID spoils only its own entry: null there, and a coded error naming its index.
                return ids.Select((id, index) =>
                {
                    try
                    {
                        return Fetch(context, id);
                    }
                    catch (ExecutionError error)
                    {
                        error.Path = [.. context.Path, index];
                        context.Errors.Add(error);
                        return null;
                    }
                }).ToList();
            });
    }

    private static IDataLoaderResult<object?> Fetch(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw RelayErrors.InvalidId(id, "Node", "id");
        }

        var fetcher = context.RequestServices!.GetServices<NodeFetcher>().FirstOrDefault(f => f.TypeName == typeName)
            ?? throw RelayErrors.InvalidId(id, "Node", "id");
        var reader = context.Readership();
        return fetcher.Fetch(context.RequestServices!, key).Then(found =>
            found is StandardView view && !StandardVisibility.CanSee(reader, view.Standard) ? null : found);
    }
}
