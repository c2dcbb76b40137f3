using Rugao.Graph.Server.Hosting;
using Rugao.Graph.Server.Transports.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRugaoGraph(builder.Configuration);
var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.MapGraphQLHttp();
app.Run();

public partial class Program;
