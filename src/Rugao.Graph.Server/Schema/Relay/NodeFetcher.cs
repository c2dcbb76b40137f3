using GraphQL.DataLoader;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>How <c>node(id:)</c> fetches one type: each concept registers one in DI.</summary>
public sealed record NodeFetcher(string TypeName, Func<IServiceProvider, int, IDataLoaderResult<object?>> Fetch);
