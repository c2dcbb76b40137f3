using System.Diagnostics;
using Rugao.Graph.Tests.TestSupport;
using Xunit.Abstractions;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>
/// The reference conformance suite, graphql-http's server audits, run by Node against the real server process on a
/// loopback socket, with the real schema. The script fails when any MUST or SHOULD audit fails.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    private static readonly TimeSpan AuditTimeout = TimeSpan.FromMinutes(2);

    [GraphQLHttpAuditFact]
    public async Task GraphQLHttpAudits_AllMustAndShouldPass()
    {
        await using var server = await ServerProcess.StartAsync();
        var audit = new ProcessStartInfo(GraphQLHttpAuditFactAttribute.NodeExecutable!)
        {
            WorkingDirectory = GraphQLHttpAuditFactAttribute.AuditDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "graphql-http-audit.mjs", server.Address.ToString() },
        };

        using var process = Process.Start(audit)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(AuditTimeout);
        await process.WaitForExitAsync(timeout.Token);
        var report = await stdout + await stderr;
        output.WriteLine(report);

        Assert.True(process.ExitCode == 0, report);
        Assert.Contains("MUST", report, StringComparison.Ordinal);
    }
}
