using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Search.Elasticsearch;

public static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ElasticsearchSearchEngine"/> as the <see cref="ISearchEngine"/>, configured from <c>Search:Elasticsearch</c>.</summary>
    public static IServiceCollection AddElasticsearchSearchEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ElasticsearchOptions>(configuration.GetSection(ElasticsearchOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
            return new ElasticsearchSearchEngine(
                ElasticsearchClientFactory.Create(options),
                options,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILogger<ElasticsearchSearchEngine>>() ?? NullLogger<ElasticsearchSearchEngine>.Instance);
        });
        services.AddSingleton<ISearchEngine>(provider => provider.GetRequiredService<ElasticsearchSearchEngine>());
        return services;
    }
}
