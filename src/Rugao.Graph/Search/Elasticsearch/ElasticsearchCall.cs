using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// Sends one request and turns every way it can fail (connection refused, time-out, an error status, a body the
/// client cannot read) into a <see cref="SearchUnavailableException"/> naming the action, so that the API answers
/// <c>SEARCH_UNAVAILABLE</c> and nothing else leaks.
/// </summary>
internal static class ElasticsearchCall
{
    public static async Task<TResponse> SendAsync<TResponse>(
        string action,
        Func<CancellationToken, Task<TResponse>> send,
        CancellationToken cancellationToken,
        Func<TResponse, bool>? alsoAccept = null)
        where TResponse : ElasticsearchResponse
    {
        TResponse response;
        try
        {
            response = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw new SearchUnavailableException($"Elasticsearch could not {action}: {exception.Message}", exception);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (response.IsValidResponse || alsoAccept?.Invoke(response) == true)
        {
            return response;
        }

        throw Unavailable(action, response);
    }

    /// <summary>Reads a response that arrived; a shape the client accepted but this engine cannot use is unavailable too.</summary>
    public static T Read<T>(string action, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not SearchUnavailableException)
        {
            throw new SearchUnavailableException($"Elasticsearch answered a request to {action} with a response this engine cannot read: {exception.Message}", exception);
        }
    }

    public static bool IsNotFound(ElasticsearchResponse response) => response.ApiCallDetails?.HttpStatusCode == 404;

    /// <summary>A 200 whose body reports its own failures (bulk items), which the caller reads out.</summary>
    public static bool IsOk(ElasticsearchResponse response) =>
        response.ApiCallDetails is { HttpStatusCode: 200, OriginalException: null };

    private static SearchUnavailableException Unavailable(string action, ElasticsearchResponse response)
    {
        var call = response.ApiCallDetails;
        var server = response.ElasticsearchServerError?.Error;
        var hint = server?.Type == "index_not_found_exception" ? " The index has not been built yet: rebuild it (reindex)." : string.Empty;
        var message = $"Elasticsearch could not {action}: {Why(call, server)}.{hint}";
        return call?.OriginalException is { } cause ? new SearchUnavailableException(message, cause) : new SearchUnavailableException(message);
    }

    private static string Why(ApiCallDetails? call, Error? server)
    {
        if (call?.HttpStatusCode is not { } status)
        {
            return $"no answer from {call?.Uri?.GetLeftPart(UriPartial.Authority) ?? "the cluster"} ({call?.OriginalException?.Message ?? "no response"})";
        }

        if (server is not null)
        {
            return string.IsNullOrEmpty(server.Type) ? $"HTTP {status} {server.Reason}" : $"HTTP {status} {server.Type}: {server.Reason}";
        }

        return call.OriginalException is { } exception ? $"HTTP {status} ({exception.Message})" : $"HTTP {status}";
    }
}
