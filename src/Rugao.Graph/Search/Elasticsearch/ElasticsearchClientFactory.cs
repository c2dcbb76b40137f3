using System.Text.Json.Serialization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Serialization;
using Elastic.Transport;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>The official client, pointed at <see cref="ElasticsearchOptions.Url"/> with its credentials.</summary>
public static class ElasticsearchClientFactory
{
    /// <param name="requestInvoker">What sends the HTTP requests; tests pass one that records them.</param>
    public static ElasticsearchClient Create(ElasticsearchOptions options, IRequestInvoker? requestInvoker = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var nodes = new SingleNodePool(options.Url);
        // Enums by name, as the embedded engine stores them, so a stored document reads the same in Kibana.
        var settings = new ElasticsearchClientSettings(
            nodes,
            requestInvoker ?? new HttpRequestInvoker(),
            (_, values) => new DefaultSourceSerializer(values, json => json.Converters.Add(new JsonStringEnumConverter())));
        settings.RequestTimeout(options.RequestTimeout);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? string.Empty));
        }

        return new ElasticsearchClient(settings);
    }
}
