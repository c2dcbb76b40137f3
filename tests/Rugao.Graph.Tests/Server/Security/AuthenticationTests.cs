using System.Net;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Security;

[Collection(SeededApiCollection.Name)]
public sealed class AuthenticationTests(SeededApi api)
{
    private const string Viewer = "{ viewer { authenticated name role } }";

    [Fact]
    public async Task Anonymous_IsAViewerWithoutRole()
    {
        var data = await api.DataAsync(Viewer);

        Assert.False(data.At("viewer.authenticated").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.At("viewer.role").ValueKind);
    }

    [Fact]
    public async Task ApiKey_AuthenticatesWithItsNameAndRole()
    {
        var name = "publisher-" + Guid.NewGuid().ToString("N");
        var (_, plain) = await TestKeys.CreateAsync(api, Role.Publisher, name);

        var response = await api.PostAsync(Viewer, bearer: plain);

        Assert.Equal(name, response.Data.Str("viewer.name"));
        Assert.Equal("PUBLISHER", response.Data.Str("viewer.role"));
    }

    [Theory]
    [InlineData("rgk_000000000000_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-token")]
    public async Task BadCredentials_Are401Unauthenticated(string bearer)
    {
        var response = await api.PostAsync(Viewer, bearer: bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task SingleSignOnToken_AuthenticatesWithItsSubjectAndRole()
    {
        var response = await api.PostAsync(Viewer, bearer: TestTokens.For("editor", "zhang.wei"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("zhang.wei", response.Data.Str("viewer.name"));
        Assert.Equal("EDITOR", response.Data.Str("viewer.role"));
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_Is401()
    {
        var response = await api.PostAsync(Viewer, bearer: TestTokens.For("admin", "mallory", signingKey: "another-signing-key-of-32-bytes-or-more"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }
}
