using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports;

/// <summary>
/// The <see cref="ErrorCatalog"/> codes that transports put on GraphQL errors, by the names the transports use.
/// Clients branch on these, so a value never changes once published; resolver errors that bring their own code keep it.
/// </summary>
public static class GraphQLErrorCodes
{
    public static readonly string BadRequest = ErrorCatalog.BadRequest.Code;
    public static readonly string ParseFailed = ErrorCatalog.GraphQLParseFailed.Code;
    public static readonly string ValidationFailed = ErrorCatalog.GraphQLValidationFailed.Code;
    public static readonly string OperationResolutionFailure = ErrorCatalog.OperationResolutionFailure.Code;
    public static readonly string OperationNotAllowed = ErrorCatalog.OperationNotAllowed.Code;
    public static readonly string BadUserInput = ErrorCatalog.BadUserInput.Code;
    public static readonly string QueryTooLong = ErrorCatalog.QueryTooLong.Code;
    public static readonly string QueryTooDeep = ErrorCatalog.QueryTooDeep.Code;
    public static readonly string QueryTooComplex = ErrorCatalog.QueryTooComplex.Code;
    public static readonly string TooManyAliases = ErrorCatalog.TooManyAliases.Code;
    public static readonly string RequestTooLarge = ErrorCatalog.RequestTooLarge.Code;
    public static readonly string MethodNotAllowed = ErrorCatalog.MethodNotAllowed.Code;
    public static readonly string NotAcceptable = ErrorCatalog.NotAcceptable.Code;
    public static readonly string UnsupportedMediaType = ErrorCatalog.UnsupportedMediaType.Code;
    public static readonly string Unauthenticated = ErrorCatalog.Unauthenticated.Code;
    public static readonly string Forbidden = ErrorCatalog.Forbidden.Code;
    public static readonly string FieldError = ErrorCatalog.FieldError.Code;
    public static readonly string InternalServerError = ErrorCatalog.InternalServerError.Code;
    public static readonly string TooManyOperations = ErrorCatalog.TooManyOperations.Code;
    public static readonly string StreamNotFound = ErrorCatalog.StreamNotFound.Code;
    public static readonly string StreamAlreadyOpen = ErrorCatalog.StreamAlreadyOpen.Code;
    public static readonly string TooManyStreams = ErrorCatalog.TooManyStreams.Code;
    public static readonly string OperationIdMissing = ErrorCatalog.OperationIdMissing.Code;
    public static readonly string OperationIdInUse = ErrorCatalog.OperationIdInUse.Code;
}
