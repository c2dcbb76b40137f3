using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Rugao.Graph.Changes;
using Rugao.Graph.Seeding;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>
/// Webhook bodies in the shape of the API's <c>ChangeNotice</c>: the same cursor, kind names and global IDs, so a
/// receiver can resume <c>changes(after:)</c> or fetch <c>node(id:)</c> with what it was sent.
/// </summary>
public sealed class WebhookNoticeBodies(StandardReads standards, VersionReads versionReads) : IWebhookBodyWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<IReadOnlyList<WebhookMessage>> WriteAsync(IReadOnlyList<ChangeNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (notices.Count == 0)
        {
            return [];
        }

        var standardIds = notices.Where(n => n.StandardId is not null).Select(n => n.StandardId!.Value).Distinct().ToList();
        var versionIds = notices.Where(n => n.VersionId is not null).Select(n => n.VersionId!.Value).Distinct().ToList();
        var identities = await standards.IdentitiesAsync(standardIds, cancellationToken);
        var versions = await versionReads.CodesAsync(versionIds, cancellationToken);
        return notices.Select(n =>
        {
            var version = n.VersionId is { } vid && versions.TryGetValue(vid, out var v) ? v : ((string Code, int? Number)?)null;
            var identity = n.StandardId is { } sid ? identities.GetValueOrDefault(sid) : null;
            var body = new WebhookNoticeBody(
                ChangeCursor.Encode(n.Sequence), EnumNames.ToConstant(n.Kind), n.OccurredAt, n.EffectiveOn,
                n.StandardId is { } standardId && identity is not null
                    ? new WebhookStandard(GlobalId.Encode(StandardGraphType.Node.TypeName, standardId), version?.Code ?? identity, identity)
                    : null,
                n.VersionId is { } versionId && version is not null
                    ? new WebhookVersion(GlobalId.Encode(StandardVersionGraphType.Node.TypeName, versionId), version.Value.Code, version.Value.Number)
                    : null,
                n.Summary, n.ChangedClauses);
            return new WebhookMessage(n.Sequence, body.Kind, JsonSerializer.SerializeToUtf8Bytes(body, Json));
        }).ToList();
    }
}
