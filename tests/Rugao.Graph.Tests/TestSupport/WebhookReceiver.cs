using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// A real HTTP receiver on a loopback port (Kestrel) that records every request. It can answer with another status,
/// and be stopped (the port then refuses connections) and started again on the same port.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly List<ReceivedRequest> received = [];
    private WebApplication? app;

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; private set; }

    public Uri Url => new($"http://127.0.0.1:{Port}/hooks/rugao");

    /// <summary>The status the next requests are answered with.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.NoContent;

    public IReadOnlyList<ReceivedRequest> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>Requests that were answered with 2xx: what the receiver has taken.</summary>
    public IReadOnlyList<ReceivedRequest> Accepted => Received.Where(r => (int)r.AnsweredWith is >= 200 and < 300).ToList();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver(0);
        await receiver.StartAgainAsync();
        return receiver;
    }

    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, Port));
        var web = builder.Build();
        web.MapPost("/hooks/rugao", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var status = Status;
            lock (received)
            {
                received.Add(new ReceivedRequest(body,
                    context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), status));
            }

            return Results.StatusCode((int)status);
        });
        await web.StartAsync();
        Port = new Uri(web.Urls.First()).Port;
        app = web;
    }

    /// <summary>Stops listening: connections to the port are refused until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds of the requests so far; fails after a generous timeout.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<ReceivedRequest>, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition(Received))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}; received {Received.Count} requests.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

internal sealed record ReceivedRequest(string Body, IReadOnlyDictionary<string, string> Headers, HttpStatusCode AnsweredWith);
