using System.Diagnostics.CodeAnalysis;
using GraphQL.Transport;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>Either a well-formed GraphQL-over-HTTP request or the reason it is not one.</summary>
internal readonly record struct ReadOutcome(GraphQLRequest? Request, HttpRejection? Rejection)
{
    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Request is not null;

    public static ReadOutcome Accepted(GraphQLRequest request) => new(request, null);

    public static ReadOutcome Rejected(HttpRejection rejection) => new(null, rejection);
}
