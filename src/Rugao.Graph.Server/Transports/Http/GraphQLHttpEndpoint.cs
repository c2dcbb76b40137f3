using GraphQL;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: checks method, Accept and body, hands the request to the shared executor,
/// and answers with the status the spec gives for the negotiated media type.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLRequestExecutor executor,
    IGraphQLSerializer serializer,
    IGraphQLTextSerializer textSerializer,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private static readonly OperationPolicy GetPolicy = new("HTTP GET", AllowedOperations.Query);
    private static readonly OperationPolicy PostPolicy = new("HTTP POST", AllowedOperations.Query | AllowedOperations.Mutation);

    private readonly GraphQLHttpResponseWriter _writer = new(serializer);
    private readonly PostRequestReader _postReader = new(serializer);
    private readonly GetRequestReader _getReader = new(textSerializer);

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            await RespondAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            logger.LogError(exception, "Unexpected failure while serving a GraphQL HTTP request");
            context.Response.Clear();
            await _writer.WriteAsync(context.Response, HttpErrors.Failed, ResponseMediaType.Json, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RespondAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        var mediaType = AcceptNegotiator.Choose(http.Headers.Accept);
        if (!isGet && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await _writer.WriteAsync(context.Response, HttpErrors.MethodNotAllowed, mediaType ?? ResponseMediaType.Json, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (mediaType is not { } accepted)
        {
            await _writer.WriteAsync(context.Response, HttpErrors.NotAcceptable, ResponseMediaType.Json, cancellationToken).ConfigureAwait(false);
            return;
        }

        var read = isGet
            ? _getReader.Read(http.Query)
            : await _postReader.ReadAsync(http, limits.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (!read.IsAccepted)
        {
            await _writer.WriteAsync(context.Response, read.Rejection, accepted, cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await executor.ExecuteAsync(read.Request, isGet ? GetPolicy : PostPolicy, context.RequestServices, context.User, cancellationToken).ConfigureAwait(false);
        var status = GraphQLHttpStatus.For(result, accepted, isGet);
        if (status == StatusCodes.Status405MethodNotAllowed)
            context.Response.Headers.Allow = "POST";
        await _writer.WriteAsync(context.Response, result, status, accepted, cancellationToken).ConfigureAwait(false);
    }
}
