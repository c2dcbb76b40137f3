using Rugao.Graph.Server.Hosting;

// Settings ship beside the binary, so the working directory is free to be where data/ goes (the repository root
// under `dotnet run`).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddRugaoGraph(builder.Configuration);
var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.MapRugaoGraph();
app.Run();

public partial class Program;
