using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Hosting;

public sealed class KeyCommandTests
{
    [Fact]
    public async Task KeysCreate_PrintsTheKeyAloneOnTheLastLine_AndTheKeyWorks()
    {
        var data = ServerProcess.NewDataDirectory();
        var (exitCode, output) = await ServerProcess.RunVerbAsync(data, "keys", "create", "--role", "ADMIN", "--name", "ops");

        Assert.True(exitCode == 0, output);
        var key = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.Matches("^rgk_[0-9a-f]{12}_[0-9a-f]{64}$", key);

        await using var server = await ServerProcess.StartAsync(data);
        using var client = new HttpClient();
        var response = await server.GraphQL(client, key).PostAsync("{ viewer { name role } }");
        Assert.Equal("ops", response.Data.Str("viewer.name"));
        Assert.Equal("ADMIN", response.Data.Str("viewer.role"));
    }

    [Fact]
    public async Task KeysCreate_WithoutARole_ExplainsUsage()
    {
        var data = ServerProcess.NewDataDirectory();
        try
        {
            var (exitCode, output) = await ServerProcess.RunVerbAsync(data, "keys", "create", "--name", "ops");

            Assert.Equal(2, exitCode);
            Assert.Contains("usage: keys create", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
