namespace Rugao.Graph.Access;

/// <summary>Stable codes of the user errors of managing API keys.</summary>
public static class ApiKeyErrors
{
    public const string NameTaken = "KEY_NAME_TAKEN";
    public const string RoleInvalid = "KEY_ROLE_INVALID";
    public const string AlreadyRevoked = "KEY_ALREADY_REVOKED";
}
