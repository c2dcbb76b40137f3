using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>Loads the rows of a draft for an edit, with the checks every draft edit shares, and saves them.</summary>
internal static class DraftRows
{
    public static async Task<(Standard? Standard, StandardVersion? Draft, UserError? Error)> LoadAsync(
        RugaoDbContext db, DraftRef target, bool withClauses, CancellationToken cancellationToken)
    {
        var query = db.StandardVersions.AsTracking().Include(v => v.Standard).AsQueryable();
        if (withClauses)
        {
            query = query.Include(v => v.Clauses);
        }

        var draft = await query.FirstOrDefaultAsync(v => v.Id == target.DraftId, cancellationToken);
        if (draft?.Standard is not { } standard)
        {
            return (null, null, EditErrors.NotFoundAt("草案 draft", "draftId"));
        }

        if (draft.IsPublished)
        {
            return (null, null, EditErrors.VersionPublishedAt("draftId"));
        }

        return CheckTokens(standard, draft, target) is { } conflict ? (null, null, conflict) : (standard, draft, null);
    }

    public static UserError? CheckStandardToken(Standard standard, string? token) =>
        VersionToken.Matches(token, StandardTokens.StandardKind, standard.Id, standard.Revision)
            ? null
            : EditErrors.ConflictAt("expectedVersionToken");

    /// <summary>Bumps the revisions, records the event and saves; a concurrent writer's save turns into CONFLICT.</summary>
    public static async Task<UserError?> SaveAsync(
        RugaoDbContext db, Standard standard, StandardVersion? version, ChangeEvent change, CancellationToken cancellationToken)
    {
        standard.Revision++;
        if (version is not null)
        {
            version.Revision++;
        }

        db.ChangeEvents.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditErrors.ConflictAt("expectedVersionToken");
        }
    }

    private static UserError? CheckTokens(Standard standard, StandardVersion draft, DraftRef target) =>
        CheckStandardToken(standard, target.ExpectedVersionToken)
        ?? (VersionToken.Matches(target.ExpectedDraftVersionToken, StandardTokens.VersionKind, draft.Id, draft.Revision)
            ? null
            : EditErrors.ConflictAt("expectedDraftVersionToken"));
}
