using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Importing;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema;

namespace Rugao.Graph.Server.Hosting;

/// <summary>
/// Verbs that run instead of the server: <c>dotnet run --project src/Rugao.Graph.Server -- schema</c> prints the SDL,
/// <c>-- reindex</c> rebuilds the search index from the database, <c>-- keys create --role ADMIN --name ops</c> makes an API key,
/// <c>-- import standard.docx</c> reads a standard into a new draft.
/// </summary>
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
            case "reindex":
                await app.PrepareDatabaseAsync();
                await app.Services.GetRequiredService<SearchProjector>().RebuildAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync("Search index rebuilt.");
                return true;
            case "import":
                await app.PrepareDatabaseAsync();
                Environment.ExitCode = await ImportCommands.RunAsync(app.Services.GetRequiredService<StandardImporter>(), args[1..]);
                return true;
            case "keys":
                await app.PrepareDatabaseAsync();
                Environment.ExitCode = await KeyCommands.RunAsync(app.Services.GetRequiredService<ApiKeyAdministration>(), args[1..]);
                return true;
            default:
                return false;
        }
    }
}
