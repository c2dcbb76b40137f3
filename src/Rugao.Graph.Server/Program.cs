using Rugao.Graph.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
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
