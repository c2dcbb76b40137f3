namespace Rugao.Graph.Server.Transports;

/// <summary>
/// The stable <c>extensions.code</c> values that transports put on GraphQL errors. Clients branch on these,
/// so a value never changes once published; resolver errors that bring their own code keep it.
/// </summary>
public static class GraphQLErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string FieldError = "FIELD_ERROR";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string StreamNotFound = "STREAM_NOT_FOUND";
    public const string StreamAlreadyOpen = "STREAM_ALREADY_OPEN";
    public const string TooManyStreams = "TOO_MANY_STREAMS";
    public const string OperationIdMissing = "OPERATION_ID_MISSING";
    public const string OperationIdInUse = "OPERATION_ID_IN_USE";
}
