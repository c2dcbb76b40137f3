using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rugao.Graph.Search.Elasticsearch;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The search engine chosen by <c>Search:Engine</c> (Lucene under <c>&lt;Storage:DataDirectory&gt;/search</c> by default),
    /// the search service, and the projector that keeps the index in step with the change log.
    /// </summary>
    public static IServiceCollection AddRugaoSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SearchOptions.Section);
        services.Configure<SearchOptions>(section);
        if ((section.Get<SearchOptions>() ?? new SearchOptions()).Engine == SearchEngineKind.Elasticsearch)
        {
            services.AddElasticsearchSearchEngine(configuration);
        }
        else
        {
            services.AddSingleton<ISearchEngine>(provider =>
            {
                var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
                return new LuceneSearchEngine(Path.Combine(Path.GetFullPath(storage.DataDirectory), "search"));
            });
        }

        services.AddSingleton<SearchDocumentSource>();
        services.AddSingleton<StandardFactsSnapshot>();
        services.AddSingleton<StandardSearch>();
        services.AddSingleton<SearchProjector>();
        services.AddHostedService<SearchProjectorService>();
        return services;
    }
}
