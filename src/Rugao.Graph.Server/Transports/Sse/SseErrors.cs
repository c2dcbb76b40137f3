using Rugao.Graph.Errors;
using Rugao.Graph.Server.Transports.Http;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>Refusals of graphql-sse's single connection mode, with the statuses of its reference server.</summary>
internal static class SseErrors
{
    public static readonly HttpRejection StreamNotFound = HttpRejection.Of(StatusCodes.Status404NotFound, ErrorCatalog.StreamNotFound.With());

    public static readonly HttpRejection StreamAlreadyOpen = HttpRejection.Of(StatusCodes.Status409Conflict, ErrorCatalog.StreamAlreadyOpen.With());

    public static readonly HttpRejection TooManyStreams =
        HttpRejection.Of(StatusCodes.Status503ServiceUnavailable, ErrorCatalog.TooManyStreams.With());

    public static readonly HttpRejection OperationIdMissing =
        HttpRejection.Of(StatusCodes.Status400BadRequest, ErrorCatalog.OperationIdMissing.With());

    public static readonly HttpRejection OperationIdInUse = HttpRejection.Of(StatusCodes.Status409Conflict, ErrorCatalog.OperationIdInUse.With());

    public static readonly HttpRejection TextNotAcceptable =
        HttpRejection.Of(StatusCodes.Status406NotAcceptable, ErrorCatalog.TokenTextNotAccepted.With());

    public static readonly HttpRejection EventStreamNotAcceptable =
        HttpRejection.Of(StatusCodes.Status406NotAcceptable, ErrorCatalog.EventStreamNotAccepted.With());

    public static readonly HttpRejection MethodNotAllowed =
        HttpRejection.Of(StatusCodes.Status405MethodNotAllowed, ErrorCatalog.SseMethodNotAllowed.With());
}
