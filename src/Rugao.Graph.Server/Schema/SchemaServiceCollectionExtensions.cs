using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQLParser.AST;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Indicators;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>The GraphQL schema, its per-request batch loaders and the <c>node(id:)</c> fetchers.</summary>
    public static IServiceCollection AddRugaoSchema(this IServiceCollection services)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<RugaoSchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddGraphTypes(typeof(RugaoSchema).Assembly)
            .AddExecutionStrategy<ScopePerEventSubscriptionStrategy>(OperationType.Subscription)
            // extensions.data carries machine-readable details such as SUBSCRIBER_TOO_SLOW's resumeAfter cursor; errors
            // from unexpected exceptions are replaced by ErrorCodeNormalizer, so no exception data gets out.
            .AddErrorInfoProvider(options => options.ExposeData = true));
        services.AddSingleton<SharedEventResults>();
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<,>));
        services.AddSingleton<Rugao.Graph.Webhooks.IWebhookBodyWriter, Webhooks.WebhookNoticeBodies>();

        foreach (var loader in typeof(RugaoSchema).Assembly.GetTypes().Where(IsLoader))
        {
            services.AddScoped(loader);
        }

        foreach (var fetcher in new[]
                 {
                     StandardGraphType.Node, StandardVersionGraphType.Node, ClauseGraphType.Node,
                     DepartmentGraphType.Node, SystemNodeGraphType.Node, CatalogEditionGraphType.Node,
                     ServiceAreaGraphType.Node, ServiceCategoryGraphType.Node, ServiceItemGraphType.Node,
                     IndicatorGraphType.Node,
                 })
        {
            services.AddSingleton(fetcher);
        }

        return services;
    }

    private static bool IsLoader(Type type)
    {
        if (type.IsAbstract || !type.IsClass)
        {
            return false;
        }

        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(BatchLoader<,>))
            {
                return true;
            }
        }

        return false;
    }
}
