using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>Reads a GraphQL-over-HTTP request from a POST body (§POST, §JSON Encoding).</summary>
internal sealed class PostRequestReader(IGraphQLSerializer serializer)
{
    public async Task<ReadOutcome> ReadAsync(HttpRequest http, int maxBytes, CancellationToken cancellationToken)
    {
        if (!RequestContentType.IsJsonUtf8(http.ContentType))
        {
            return ReadOutcome.Rejected(HttpErrors.UnsupportedMediaType);
        }

        if (http.ContentLength > maxBytes)
        {
            return ReadOutcome.Rejected(HttpErrors.RequestTooLarge(maxBytes));
        }

        await using var body = await BoundedBodyReader.ReadAsync(http.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return ReadOutcome.Rejected(HttpErrors.RequestTooLarge(maxBytes));
        }

        GraphQLRequest? request;
        try
        {
            // The serializer's converter already refuses wrong shapes: a non-string query or operationName,
            // non-object variables or extensions, a batch array.
            request = await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken);
        }
        catch (JsonException)
        {
            return ReadOutcome.Rejected(HttpErrors.MalformedBody);
        }

        if (request is null)
        {
            return ReadOutcome.Rejected(HttpErrors.MalformedBody);
        }

        return request.Query is null ? ReadOutcome.Rejected(HttpErrors.MissingQuery) : ReadOutcome.Accepted(request);
    }
}
