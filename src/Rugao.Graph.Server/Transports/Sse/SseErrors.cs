using Rugao.Graph.Server.Transports.Http;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>Refusals of graphql-sse's single connection mode, with the statuses of its reference server.</summary>
internal static class SseErrors
{
    public static readonly HttpRejection StreamNotFound = new(StatusCodes.Status404NotFound, GraphQLErrorCodes.StreamNotFound,
        "No event stream is reserved under this token; reserve one with PUT.");

    public static readonly HttpRejection StreamAlreadyOpen = new(StatusCodes.Status409Conflict, GraphQLErrorCodes.StreamAlreadyOpen,
        "An event stream is already open for this token; only one may be.");

    public static readonly HttpRejection TooManyStreams = new(StatusCodes.Status503ServiceUnavailable, GraphQLErrorCodes.TooManyStreams,
        "This server holds as many event stream reservations as it may; try again later, or use distinct connections mode.");

    public static readonly HttpRejection OperationIdMissing = new(StatusCodes.Status400BadRequest, GraphQLErrorCodes.OperationIdMissing,
        "Single connection mode needs the operation's ID: in extensions.operationId, or as ?operationId= to stop it.");

    public static readonly HttpRejection OperationIdInUse = new(StatusCodes.Status409Conflict, GraphQLErrorCodes.OperationIdInUse,
        "An operation with this ID is already running on the stream.");

    public static readonly HttpRejection TextNotAcceptable = new(StatusCodes.Status406NotAcceptable, GraphQLErrorCodes.NotAcceptable,
        "A reservation answers with its token as text/plain: Accept must allow it.");

    public static readonly HttpRejection MethodNotAllowed = new(StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed,
        "GraphQL over SSE accepts GET and POST, and PUT and DELETE in single connection mode.");
}
