using System.Net;
using System.Net.Http.Headers;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

/// <summary>A server that holds at most two single-connection reservations.</summary>
public sealed class TwoReservationsApi() : SeededApi(new Dictionary<string, string?> { ["GraphQL:Sse:MaxReservations"] = "2" });

public sealed class GraphQLSseReservationLimitTests(TwoReservationsApi api) : IClassFixture<TwoReservationsApi>
{
    private static readonly Uri Stream = new("http://localhost/graphql/stream");

    [Fact]
    public async Task Put_BeyondTheLimit_Is503WithRetryAfter_AndAnEndedStreamFreesItsPlace()
    {
        var first = await ReserveAsync();
        await ReserveAsync();

        using (var refused = await PutAsync())
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
            Assert.Contains("TOO_MANY_STREAMS", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Opening the first reservation's stream and leaving ends that reservation.
        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{Stream}?token={Uri.EscapeDataString(first)}")))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var opened = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            using var again = await PutAsync();
            status = again.StatusCode;
        }
        while (status != HttpStatusCode.Created && DateTime.UtcNow < deadline && await Pause());

        Assert.Equal(HttpStatusCode.Created, status);
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }

    private Task<HttpResponseMessage> PutAsync() => api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, Stream));

    private async Task<string> ReserveAsync()
    {
        using var response = await PutAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
