using System.Security.Claims;
using Rugao.Graph.Access;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Security;

/// <summary>Reads who is calling from the authenticated principal.</summary>
public static class Caller
{
    public const string RoleClaim = ClaimTypes.Role;

    /// <summary>The caller's role, or null for an anonymous caller.</summary>
    public static Role? RoleOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? user.FindAll(RoleClaim).Select(c => Parse(c.Value)).Where(r => r is not null).Max()
            : null;

    public static bool Has(ClaimsPrincipal? user, Role required) => RoleOf(user) >= required;

    /// <summary>What the caller may read: editors and above also see drafts. The one place a caller becomes a reader.</summary>
    public static Readership ReadershipOf(ClaimsPrincipal? user) => Has(user, Role.Editor) ? Readership.Editors : Readership.Public;

    /// <summary>Who made a change, for the audit trail: the key's name or the token's subject.</summary>
    public static string ActorOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "unknown" : "anonymous";

    public static Role? Parse(string? value) =>
        Enum.TryParse<Role>(value, ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : null;
}
