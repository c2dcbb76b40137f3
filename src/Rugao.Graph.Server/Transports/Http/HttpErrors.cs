using Microsoft.AspNetCore.Http;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>A request refused before any GraphQL work: its status, stable code and message.</summary>
internal sealed record HttpRejection(int StatusCode, string Code, string Message);

/// <summary>Every refusal the HTTP transport makes before it hands a request to the executor.</summary>
internal static class HttpErrors
{
    public static readonly HttpRejection MethodNotAllowed = new(StatusCodes.Status405MethodNotAllowed,
        GraphQLErrorCodes.MethodNotAllowed, "GraphQL over HTTP accepts GET (queries) and POST.");

    public static readonly HttpRejection NotAcceptable = new(StatusCodes.Status406NotAcceptable,
        GraphQLErrorCodes.NotAcceptable,
        "Accept must allow application/graphql-response+json or application/json in UTF-8.");

    public static readonly HttpRejection UnsupportedMediaType = new(StatusCodes.Status415UnsupportedMediaType,
        GraphQLErrorCodes.UnsupportedMediaType, "POST bodies must be sent as Content-Type: application/json (UTF-8).");

    public static readonly HttpRejection MalformedBody = new(StatusCodes.Status400BadRequest,
        GraphQLErrorCodes.BadRequest,
        "The body must be a JSON object with a string 'query', an optional string 'operationName' and optional object 'variables' and 'extensions'.");

    public static readonly HttpRejection MissingQuery = new(StatusCodes.Status400BadRequest,
        GraphQLErrorCodes.BadRequest, "The request has no 'query' string.");

    public static HttpRejection RequestTooLarge(int maxBytes) => new(StatusCodes.Status413PayloadTooLarge,
        GraphQLErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");

    public static HttpRejection BadParameter(string name, string expectation) => new(StatusCodes.Status400BadRequest,
        GraphQLErrorCodes.BadRequest, $"The '{name}' parameter {expectation}.");
}
