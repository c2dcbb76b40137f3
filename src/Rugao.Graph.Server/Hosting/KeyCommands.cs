using Rugao.Graph.Access;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Hosting;

/// <summary><c>keys create --role ADMIN --name ops</c>: prints the new key alone on the last line, the only time it is shown.</summary>
internal static class KeyCommands
{
    public static async Task<int> RunAsync(ApiKeyAdministration keys, string[] args)
    {
        var verb = args.FirstOrDefault();
        var name = Option(args, "--name");
        var role = Caller.Parse(Option(args, "--role"));
        if (verb != "create" || string.IsNullOrWhiteSpace(name) || role is null)
        {
            await Console.Error.WriteLineAsync("usage: keys create --role EDITOR|PUBLISHER|ADMIN --name <name>");
            return 2;
        }

        var outcome = await keys.CreateAsync(name, role.Value, "command line", CancellationToken.None);
        if (outcome.Value is not { } created)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, outcome.Errors.Select(e => e.Message)));
            return 1;
        }

        await Console.Out.WriteLineAsync(
            $"Created {created.Key.Role.ToString().ToUpperInvariant()} key '{created.Key.Name}'. Store it now: it is not shown again.");
        await Console.Out.WriteLineAsync(created.PlainText);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
