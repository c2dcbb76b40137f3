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

    private readonly GraphQLHttpResponseWriter writer = new(serializer);
    private readonly PostRequestReader postReader = new(serializer);
    private readonly GetRequestReader getReader = new(textSerializer);

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            await RespondAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            logger.LogError(exception, "Unexpected failure while serving a GraphQL HTTP request");
            context.Response.Clear();
            await writer.WriteAsync(context.Response, HttpErrors.Failed, ResponseMediaType.Json, cancellationToken);
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
            await writer.WriteAsync(context.Response, HttpErrors.MethodNotAllowed, mediaType ?? ResponseMediaType.Json, cancellationToken);
            return;
        }
        if (mediaType is not { } accepted)
        {
            await writer.WriteAsync(context.Response, HttpErrors.NotAcceptable, ResponseMediaType.Json, cancellationToken);
            return;
        }

        var read = isGet
            ? getReader.Read(http.Query)
            : await postReader.ReadAsync(http, limits.Value.MaxRequestBytes, cancellationToken);
        if (!read.IsAccepted)
        {
            await writer.WriteAsync(context.Response, read.Rejection, accepted, cancellationToken);
            return;
        }

        var result = await executor.ExecuteAsync(read.Request, isGet ? GetPolicy : PostPolicy, context.RequestServices, context.User, cancellationToken);
        var status = GraphQLHttpStatus.For(result, accepted, isGet);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        await writer.WriteAsync(context.Response, result, status, accepted, cancellationToken);
    }
}
