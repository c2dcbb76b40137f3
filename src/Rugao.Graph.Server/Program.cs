using Rugao.Graph.Server.Transports;
using Rugao.Graph.Server.Transports.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGraphQLTransports(builder.Configuration);
var app = builder.Build();
app.MapGraphQLHttp();
app.Run();

public partial class Program;
