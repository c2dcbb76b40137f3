namespace Rugao.Graph.Errors;

/// <summary>Registering and changing webhooks.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode InvalidUrl = ErrorCode.Define("INVALID_URL",
        "须为完整的 http 或 https 地址，如 https://example.org/hooks/rugao。Give an absolute http or https URL, e.g. https://example.org/hooks/rugao.");

    public static readonly ErrorCode NameTaken = ErrorCode.Define("NAME_TAKEN", "名称“{0}”已被使用。The name '{0}' is already taken.");

    public static readonly ErrorCode AlreadyInactive = ErrorCode.Define("ALREADY_INACTIVE", "该回调已停用。The webhook is already inactive.");
}
