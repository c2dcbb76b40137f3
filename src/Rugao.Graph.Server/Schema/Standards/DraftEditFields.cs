using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The result fields of the draft-workflow payloads; each payload picks the ones it returns.</summary>
public static class DraftEditFields
{
    public static void StandardField(this PayloadGraphType<DraftEdit> payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Field<StandardGraphType>("standard").Description("所涉标准；有错误时为 null。The standard; null when there are errors.")
            .Resolve(c => c.Source.Value is { } edit ? new StandardView(edit.Standard, c.Source.AsOf) : null);
    }

    public static void VersionField(this PayloadGraphType<DraftEdit> payload, string name, string description)
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Field<StandardVersionGraphType>(name).Description(description)
            .Resolve(c => c.Source.Value is { } edit ? new VersionView(edit.Version, edit.Standard, null, c.Source.AsOf) : null);
    }

    public static void ClauseField(this PayloadGraphType<DraftEdit> payload, string description)
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Field<ClauseGraphType>("clause").Description(description).Resolve(c => c.Source.Value?.Clause);
    }
}
