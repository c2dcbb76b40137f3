using Rugao.Graph.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRugaoGraph(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.Run();

public partial class Program;
