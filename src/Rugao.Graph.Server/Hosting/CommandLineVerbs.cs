using GraphQL.Types;
using Rugao.Graph.Server.Schema;

namespace Rugao.Graph.Server.Hosting;

/// <summary>Verbs that run instead of the server: <c>dotnet run --project src/Rugao.Graph.Server -- schema</c>.</summary>
public static class CommandLineVerbs
{
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "schema":
                await Console.Out.WriteAsync(SchemaSdl.Print(app.Services.GetRequiredService<ISchema>()));
                return true;
            default:
                return false;
        }
    }
}
