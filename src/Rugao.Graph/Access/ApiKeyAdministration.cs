using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Access;

/// <summary>
/// 密钥管理 — what an admin does with API keys: create one (its secret is returned once), revoke one, list them.
/// Mistakes are user errors and write nothing. A revoked key fails its next request, since every request checks the store.
/// </summary>
public sealed class ApiKeyAdministration(ApiKeyStore store, IDbContextFactory<RugaoDbContext> contexts)
{
    public const int MaxNameLength = 100;

    public async Task<EditOutcome<CreatedApiKey>> CreateAsync(string? name, Role? role, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        EditLimits.CheckText(errors, name, MaxNameLength, required: true, "name");
        if (role is null || !Enum.IsDefined(role.Value))
        {
            errors.Add(ErrorCatalog.InvalidKeyRole.At("role"));
        }

        var trimmed = name?.Trim() ?? "";
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (errors.Count == 0 && await db.ApiKeys.AnyAsync(k => k.Name == trimmed, cancellationToken))
            {
                errors.Add(Taken(trimmed));
            }
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Failed<CreatedApiKey>(errors);
        }

        try
        {
            var (key, plainText) = await store.CreateAsync(trimmed, role!.Value, actor, cancellationToken);
            return EditOutcome.Done(new CreatedApiKey(key, plainText));
        }
        catch (DbUpdateException)
        {
            // Another admin took the name between the check and the insert; the unique index kept it single.
            return Taken(trimmed);
        }
    }

    public async Task<EditOutcome<ApiKey>> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return EditErrors.NotFoundAt("密钥 API key", "id");
        }

        if (key.IsRevoked || !await store.RevokeAsync(id, cancellationToken))
        {
            return ErrorCatalog.KeyAlreadyRevoked.At("id");
        }

        return EditOutcome.Done(await db.ApiKeys.FirstAsync(k => k.Id == id, cancellationToken));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    private static UserError Taken(string name) =>
        ErrorCatalog.KeyNameTaken.With(name).At("name");
}
