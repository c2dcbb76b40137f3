namespace Rugao.Graph.Access;

/// <summary>
/// 角色 — what a caller may do. Each role includes the ones before it: a publisher can edit, an admin can publish.
/// Anonymous callers have no role and read published content only.
/// </summary>
public enum Role
{
    /// <summary>Creates and edits drafts, reads drafts.</summary>
    Editor = 1,

    /// <summary>Publishes, amends, supersedes, abolishes, adjusts the standards list.</summary>
    Publisher = 2,

    /// <summary>Manages API keys, webhooks and the search index.</summary>
    Admin = 3,
}
