using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Primitives;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request from the query string (§GET): <c>query</c>, <c>operationName</c>, and
/// <c>variables</c> / <c>extensions</c> as JSON-encoded strings. Each parameter may appear at most once.
/// </summary>
internal sealed class GetRequestReader(IGraphQLTextSerializer serializer)
{
    public ReadOutcome Read(IQueryCollection parameters)
    {
        if (Single(parameters, "query", out var query) is { } queryRejection)
        {
            return ReadOutcome.Rejected(queryRejection);
        }

        if (query is null)
        {
            return ReadOutcome.Rejected(HttpErrors.MissingQuery);
        }

        if (Single(parameters, "operationName", out var operationName) is { } nameRejection)
        {
            return ReadOutcome.Rejected(nameRejection);
        }

        if (JsonObject(parameters, "variables", out var variables) is { } variablesRejection)
        {
            return ReadOutcome.Rejected(variablesRejection);
        }

        if (JsonObject(parameters, "extensions", out var extensions) is { } extensionsRejection)
        {
            return ReadOutcome.Rejected(extensionsRejection);
        }

        return ReadOutcome.Accepted(new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        });
    }

    private static HttpRejection? Single(IQueryCollection parameters, string name, out string? value)
    {
        var values = parameters.TryGetValue(name, out var found) ? found : StringValues.Empty;
        value = values.Count == 1 ? values[0] : null;
        return values.Count > 1 ? HttpErrors.BadParameter(name, "must appear at most once") : null;
    }

    private HttpRejection? JsonObject(IQueryCollection parameters, string name, out Inputs? value)
    {
        value = null;
        if (Single(parameters, name, out var json) is { } rejection)
        {
            return rejection;
        }

        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            value = serializer.Deserialize<Inputs>(json);
            return null;
        }
        catch (JsonException)
        {
            return HttpErrors.BadParameter(name, "must be a JSON-encoded object");
        }
    }
}
