using GraphQL;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>The HTTP status for the GraphQL response to a well-formed request (GraphQL over HTTP §Status Codes).</summary>
internal static class GraphQLHttpStatus
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType, bool isGet)
    {
        // §GET: a mutation requested over GET MUST get 405, whichever media type the response uses.
        if (isGet && Has(result, GraphQLErrorCodes.OperationNotAllowed))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }
        // §application/json: 200 for every well-formed request, so intermediaries' errors can be told apart.
        // §application/graphql-response+json: a response with a data entry (even null) is a 200.
        if (result.Executed || mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        if (Has(result, GraphQLErrorCodes.InternalServerError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        if (Has(result, GraphQLErrorCodes.Unauthenticated))
        {
            return StatusCodes.Status401Unauthorized;
        }

        if (Has(result, GraphQLErrorCodes.Forbidden))
        {
            return StatusCodes.Status403Forbidden;
        }
        // Parse, validation, operation resolution and variable coercion failures, and our limits.
        return StatusCodes.Status400BadRequest;
    }

    private static bool Has(ExecutionResult result, string code) =>
        result.Errors?.Any(error => error.Code == code) == true;
}
