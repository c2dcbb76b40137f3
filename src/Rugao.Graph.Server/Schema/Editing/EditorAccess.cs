using GraphQL;
using Rugao.Graph.Access;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Security;
using Rugao.Graph.Server.Transports;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>Role checks of the mutations: anonymous callers get UNAUTHENTICATED, under-privileged ones FORBIDDEN.</summary>
public static class EditorAccess
{
    /// <summary>Throws unless the caller has <paramref name="role"/>; returns the actor for the audit trail.</summary>
    public static string Require(IResolveFieldContext context, Role role)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actual = Caller.RoleOf(context.User);
        if (actual is null)
        {
            throw ErrorCatalog.Unauthenticated.ToExecutionError();
        }

        if (actual < role)
        {
            throw ErrorCatalog.Forbidden.With(role, role.ToString().ToUpperInvariant()).ToExecutionError();
        }

        return Caller.ActorOf(context.User);
    }

    public static bool CanReadDrafts(IResolveFieldContext context) => Caller.ReadershipOf(context?.User).SeesDrafts;
}
