using System.Diagnostics;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Xunit.Abstractions;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>
/// The unchanged reference client, npm graphql-ws 6.4.2, against the real server process on a loopback socket:
/// authenticated connection, query, mutation, error message, a standardChanged notice pushed for a mutation made
/// meanwhile, and a refused key (tests/clients/graphql-ws-client.mjs).
/// </summary>
public sealed class GraphQLWsReferenceClientTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMinutes(2);

    [ReferenceClientFact("graphql-ws")]
    public async Task GraphQLWsClient_AllChecksPass()
    {
        var data = ServerProcess.NewDataDirectory();
        var key = await TestKeys.ForRoleAsync(data, Role.Admin, "ws-reference");
        await using var server = await ServerProcess.StartAsync(data);

        var report = await RunClientAsync("graphql-ws-client.mjs", new UriBuilder(server.Address) { Scheme = "ws" }.Uri.ToString(), key);

        Assert.True(report.ExitCode == 0, report.Output + "\nserver log:\n" + server.Log);
        Assert.Contains("all checks passed", report.Output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunClientAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(GraphQLHttpAuditFactAttribute.NodeExecutable!)
        {
            WorkingDirectory = ReferenceClients.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ClientTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var report = await stdout + await stderr;
        output.WriteLine(report);
        return (process.ExitCode, report);
    }
}
