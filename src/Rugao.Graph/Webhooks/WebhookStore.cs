using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>Registers, changes and deactivates webhooks; nothing is written when there is a user error.</summary>
public sealed class WebhookStore(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<WebhookRegistration>> RegisterAsync(RegisterWebhookCommand command, string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new List<UserError>();
        await CheckNameAsync(db, errors, command.Name, null, cancellationToken);
        CheckUrl(errors, command.Url);
        var head = await HeadAsync(db, cancellationToken);
        CheckAfter(errors, command.After, command.AfterInvalid, head);
        if (errors.Count > 0)
        {
            return EditOutcome.Failed<WebhookRegistration>(errors);
        }

        var now = time.GetUtcNow();
        var secret = WebhookSecret.Create();
        var webhook = new Webhook
        {
            Name = command.Name.Trim(), Url = command.Url.Trim(), Filter = WebhookFilter.Write(command.Filter), Secret = secret, Active = true,
            CreatedAt = now, CreatedBy = actor, UpdatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        db.ConsumerCheckpoints.Add(new ConsumerCheckpoint
        {
            Consumer = WebhookCheckpoint.ConsumerOf(webhook.Id), Sequence = command.After ?? head, UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(new WebhookRegistration(webhook, secret));
    }

    public async Task<EditOutcome<Webhook>> UpdateAsync(UpdateWebhookCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.AsTracking().FirstOrDefaultAsync(w => w.Id == command.Id, cancellationToken);
        if (webhook is null)
        {
            return EditErrors.NotFoundAt("回调 webhook", "id");
        }

        var errors = new List<UserError>();
        if (command.Name is not null)
        {
            await CheckNameAsync(db, errors, command.Name, webhook.Id, cancellationToken);
        }

        if (command.Url is not null)
        {
            CheckUrl(errors, command.Url);
        }

        CheckAfter(errors, command.After, command.AfterInvalid, await HeadAsync(db, cancellationToken));
        if (errors.Count > 0)
        {
            return EditOutcome.Failed<Webhook>(errors);
        }

        var now = time.GetUtcNow();
        webhook.Name = command.Name?.Trim() ?? webhook.Name;
        webhook.Url = command.Url?.Trim() ?? webhook.Url;
        webhook.Filter = command.Filter is null ? webhook.Filter : WebhookFilter.Write(command.Filter);
        webhook.Active = command.Active ?? webhook.Active;
        webhook.UpdatedAt = now;
        if (command.After is { } after)
        {
            var consumer = WebhookCheckpoint.ConsumerOf(webhook.Id);
            var checkpoint = await db.ConsumerCheckpoints.AsTracking().FirstAsync(c => c.Consumer == consumer, cancellationToken);
            checkpoint.Sequence = after;
            checkpoint.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Done(webhook);
    }

    /// <summary>Stops deliveries; the checkpoint stays, so reactivating resumes where it stopped.</summary>
    public async Task<EditOutcome<Webhook>> DeactivateAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.AsTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null)
        {
            return EditErrors.NotFoundAt("回调 webhook", "id");
        }

        if (!webhook.Active)
        {
            return WebhookErrors.Inactive("id");
        }

        webhook.Active = false;
        webhook.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Done(webhook);
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL.</summary>
    public static bool IsValidUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host) && string.IsNullOrEmpty(uri.UserInfo);

    private static void CheckUrl(List<UserError> errors, string url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            errors.Add(EditErrors.RequiredAt("url"));
        }
        else if (url.Length > WebhookLimits.UrlLength)
        {
            errors.Add(EditErrors.TooLongAt(WebhookLimits.UrlLength, "url"));
        }
        else if (!IsValidUrl(url))
        {
            errors.Add(WebhookErrors.InvalidUrl("url"));
        }
    }

    private static async Task CheckNameAsync(RugaoDbContext db, List<UserError> errors, string name, int? self,
        CancellationToken cancellationToken)
    {
        EditLimits.CheckText(errors, name, WebhookLimits.NameLength, required: true, "name");
        var trimmed = name.Trim();
        if (trimmed.Length is > 0 and <= WebhookLimits.NameLength
            && await db.Webhooks.AnyAsync(w => w.Name == trimmed && w.Id != self, cancellationToken))
        {
            errors.Add(WebhookErrors.NameInUse(trimmed, "name"));
        }
    }

    private static void CheckAfter(List<UserError> errors, long? after, bool invalid, long head)
    {
        if (invalid || after is < 0 || after > head)
        {
            errors.Add(WebhookErrors.InvalidCursor("after"));
        }
    }

    private static async Task<long> HeadAsync(RugaoDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
}
