namespace Rugao.Graph.Server.Transports.Http;

/// <summary>The two response media types of GraphQL over HTTP (§Media Types); both are always UTF-8.</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/json</c>, for legacy clients: 200 for every well-formed request.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: HTTP status codes tell request errors apart.</summary>
    GraphQLResponseJson,
}

internal static class ResponseMediaTypeExtensions
{
    public const string JsonName = "application/json";
    public const string GraphQLResponseJsonName = "application/graphql-response+json";

    public static string ContentType(this ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJsonName + "; charset=utf-8",
        _ => JsonName + "; charset=utf-8",
    };
}
