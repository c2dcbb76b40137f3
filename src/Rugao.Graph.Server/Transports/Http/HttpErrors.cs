using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>A request refused before any GraphQL work: its status, stable code and message.</summary>
internal sealed record HttpRejection(int StatusCode, string Code, string Message)
{
    public static HttpRejection Of(int statusCode, ErrorText error) => new(statusCode, error.Code, error.Message);
}

/// <summary>Every refusal the HTTP transport makes before it hands a request to the executor.</summary>
internal static class HttpErrors
{
    public static readonly HttpRejection MethodNotAllowed =
        HttpRejection.Of(StatusCodes.Status405MethodNotAllowed, ErrorCatalog.MethodNotAllowed.With());

    public static readonly HttpRejection NotAcceptable = HttpRejection.Of(StatusCodes.Status406NotAcceptable, ErrorCatalog.NotAcceptable.With());

    public static readonly HttpRejection UnsupportedMediaType =
        HttpRejection.Of(StatusCodes.Status415UnsupportedMediaType, ErrorCatalog.UnsupportedMediaType.With());

    public static readonly HttpRejection MalformedBody = HttpRejection.Of(StatusCodes.Status400BadRequest, ErrorCatalog.BadRequest.With());

    public static readonly HttpRejection MissingQuery = HttpRejection.Of(StatusCodes.Status400BadRequest, ErrorCatalog.QueryMissing.With());

    public static readonly HttpRejection Failed =
        HttpRejection.Of(StatusCodes.Status500InternalServerError, ErrorCatalog.InternalServerError.With());

    public static HttpRejection RequestTooLarge(int maxBytes) =>
        HttpRejection.Of(StatusCodes.Status413PayloadTooLarge, ErrorCatalog.RequestTooLarge.With(maxBytes));

    public static HttpRejection BadParameter(string name, string expectation) =>
        HttpRejection.Of(StatusCodes.Status400BadRequest, ErrorCatalog.BadParameter.With(name, expectation));
}
