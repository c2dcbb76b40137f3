using GraphQL;
using Microsoft.Net.Http.Headers;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>Writes a GraphQL response with its status and media type (UTF-8, §Body).</summary>
internal sealed class GraphQLHttpResponseWriter(IGraphQLSerializer serializer)
{
    public Task WriteAsync(HttpResponse response, ExecutionResult result, int statusCode, ResponseMediaType mediaType,
        CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType.ContentType();
        // The same URL answers differently per Accept, so shared caches must key on it.
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return serializer.WriteAsync(response.Body, result, cancellationToken);
    }

    public Task WriteAsync(HttpResponse response, HttpRejection rejection, ResponseMediaType mediaType,
        CancellationToken cancellationToken)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(rejection.Message) { Code = rejection.Code }] };
        return WriteAsync(response, result, rejection.StatusCode, mediaType, cancellationToken);
    }
}
