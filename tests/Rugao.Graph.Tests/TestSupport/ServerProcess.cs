using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// The server as a real operating-system process on a free loopback port, on its own temporary data folder,
/// for clients that need a socket (Node reference clients) and for crash and multi-process tests.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ServerProcess(Process process, Uri address, string dataDirectory)
    {
        this.process = process;
        Address = address;
        DataDirectory = dataDirectory;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Address { get; }

    public string DataDirectory { get; }

    /// <summary>A client for this process, as <paramref name="bearer"/> or anonymous.</summary>
    public GraphQLClient GraphQL(HttpClient http, string? bearer = null) => new(http, Address, bearer);

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "rugao-process-" + Guid.NewGuid().ToString("N"));

    /// <param name="settings">Extra configuration as command-line pairs, e.g. <c>"--GraphQL:MaxDepth", "8"</c>.</param>
    public static async Task<ServerProcess> StartAsync(string? dataDirectory = null, params string[] settings)
    {
        var port = FreePort();
        var data = dataDirectory ?? NewDataDirectory();
        var start = Command(data, ["--urls", $"http://127.0.0.1:{port}", .. settings]);
        var server = new ServerProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/graphql"), data);
        server.process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            // A server that never became ready must not outlive the test that started it.
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Runs a command-line verb of the server on a data folder and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(string dataDirectory, params string[] verb)
    {
        using var process = Process.Start(Command(dataDirectory, verb))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo Command(string dataDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Rugao.Graph.Server.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var setting in new[] { "--Storage:DataDirectory", dataDirectory, "--Seeding:Directory", RepositoryRoot.Combine("seed") })
        {
            start.ArgumentList.Add(setting);
        }

        return start;
    }

    /// <summary>Suspends the process (SIGSTOP): it keeps its sockets but runs nothing until it is killed.</summary>
    public async Task FreezeAsync()
    {
        using var kill = Process.Start("kill", ["-STOP", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Ends the process at once, as a crash would (SIGKILL), leaving the data folder in place.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The server exited during start-up:\n" + Log);
            }

            try
            {
                var response = await client.GetAsync(new Uri(Address + "?query=%7B__typename%7D"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The server did not answer within " + StartTimeout + ":\n" + Log);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
