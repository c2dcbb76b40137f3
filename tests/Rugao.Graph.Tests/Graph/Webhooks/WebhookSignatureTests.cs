using System.Text;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Tests.Graph.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string ExpectedHex = "fb021a36b1f8760abc288e5a5d61c6d6620c45566fef19812df858c839b1a85c";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"kind":"PUBLISHED"}""");

    [Fact]
    public void Create_KnownSecretAndTime_IsHmacOfTimestampDotBody()
    {
        // Computed independently: printf '1700000000.{"kind":"PUBLISHED"}' | openssl dgst -sha256 -hmac whsec_test
        Assert.Equal("t=1700000000,v1=" + ExpectedHex, WebhookSignature.Create("whsec_test", 1_700_000_000, Body));
    }

    [Fact]
    public void Verify_OwnSignature_Holds()
    {
        var header = WebhookSignature.Create("whsec_test", 1_700_000_000, Body);

        Assert.True(WebhookSignature.Verify("whsec_test", header, Body, out var at));
        Assert.Equal(1_700_000_000, at);
    }

    [Theory]
    [InlineData("whsec_other", "t=1700000000,v1=" + ExpectedHex)]
    [InlineData("whsec_test", "t=1700000001,v1=" + ExpectedHex)]
    [InlineData("whsec_test", "v1=" + ExpectedHex)]
    [InlineData("whsec_test", "t=1700000000")]
    [InlineData("whsec_test", "garbage")]
    [InlineData("whsec_test", null)]
    public void Verify_WrongSecretTimeOrShape_Fails(string secret, string? header) =>
        Assert.False(WebhookSignature.Verify(secret, header, Body, out _));

    [Fact]
    public void Verify_ChangedBody_Fails() =>
        Assert.False(WebhookSignature.Verify("whsec_test", WebhookSignature.Create("whsec_test", 1_700_000_000, Body),
            Encoding.UTF8.GetBytes("""{"kind":"ABOLISHED"}"""), out _));
}
