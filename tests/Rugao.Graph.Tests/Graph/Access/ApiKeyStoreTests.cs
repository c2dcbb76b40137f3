using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Access;

[Collection(SeededApiCollection.Name)]
public sealed class ApiKeyStoreTests(SeededApi api)
{
    private ApiKeyStore Keys => api.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task CreatedKey_Verifies_AndOnlyItsHashIsStored()
    {
        var (key, plain) = await Keys.CreateAsync("store-" + Guid.NewGuid().ToString("N"), Role.Editor, "test", default);

        var verified = await Keys.VerifyAsync(plain, default);

        Assert.Equal(key.Id, verified?.Id);
        await using var db = await api.OpenDbAsync();
        var row = await db.ApiKeys.SingleAsync(k => k.Id == key.Id);
        Assert.DoesNotContain(row.SecretHash, plain, StringComparison.Ordinal);
        Assert.DoesNotContain(plain.Split('_')[2], row.SecretHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlteredOrRevokedKey_DoesNotVerify()
    {
        var (key, plain) = await Keys.CreateAsync("revoke-" + Guid.NewGuid().ToString("N"), Role.Admin, "test", default);
        var altered = plain[..^1] + (plain[^1] == '0' ? '1' : '0');

        Assert.Null(await Keys.VerifyAsync(altered, default));
        Assert.Null(await Keys.VerifyAsync("rgk_short", default));
        Assert.True(await Keys.RevokeAsync(key.Id, default));
        Assert.Null(await Keys.VerifyAsync(plain, default));
    }
}
