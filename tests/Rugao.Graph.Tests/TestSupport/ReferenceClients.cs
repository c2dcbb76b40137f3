using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Runs a script of <c>tests/clients</c> under Node and collects the JSON lines it prints.</summary>
public sealed class ReferenceClients : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);
    private readonly Process process;
    private readonly StringBuilder errors = new();
    private readonly Task<List<JsonElement>> lines;

    private ReferenceClients(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        lines = ReadLinesAsync();
    }

    public static string Directory { get; } = RepositoryRoot.Combine("tests", "clients");

    public static ReferenceClients Start(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(GraphQLHttpAuditFactAttribute.NodeExecutable!)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { script },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ReferenceClients(Process.Start(start)!);
    }

    /// <summary>Waits for the script to end and returns what it printed; fails with its stderr if it hangs.</summary>
    public async Task<List<JsonElement>> OutputAsync()
    {
        try
        {
            return await lines.WaitAsync(HangGuard);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("The client script did not end:\n" + Errors);
        }
    }

    public string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task<List<JsonElement>> ReadLinesAsync()
    {
        var found = new List<JsonElement>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            found.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        await process.WaitForExitAsync();
        return found;
    }
}
