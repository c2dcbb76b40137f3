namespace Rugao.Graph.Errors;

/// <summary>API keys.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode InvalidKeyRole = ErrorCode.Define("INVALID_KEY_ROLE",
        "请给出角色 EDITOR、PUBLISHER 或 ADMIN。Give the role EDITOR, PUBLISHER or ADMIN.");

    public static readonly ErrorCode KeyAlreadyRevoked = ErrorCode.Define("KEY_ALREADY_REVOKED", "该密钥已被吊销。The key is already revoked.");

    public static readonly ErrorCode KeyNameTaken = ErrorCode.Define("KEY_NAME_TAKEN", "已有名为“{0}”的密钥。A key named '{0}' exists already.");
}
