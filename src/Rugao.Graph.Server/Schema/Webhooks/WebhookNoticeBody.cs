namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>The JSON a webhook receives for one notice.</summary>
public sealed record WebhookNoticeBody(string Cursor, string Kind, DateTimeOffset OccurredAt, DateOnly? EffectiveOn,
    WebhookStandard? Standard, WebhookVersion? Version, string Summary, IReadOnlyList<string> ChangedClauses);

/// <summary>The standard of a notice: global ID, code with the year of the version concerned, code without year.</summary>
public sealed record WebhookStandard(string Id, string Code, string Identity);

/// <summary>The version of a notice: global ID, code with year, version number (null for a draft).</summary>
public sealed record WebhookVersion(string Id, string Code, int? Number);
