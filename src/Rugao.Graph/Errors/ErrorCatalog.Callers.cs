namespace Rugao.Graph.Errors;

/// <summary>Who may call: sign-in and roles.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode Unauthenticated = ErrorCode.Define("UNAUTHENTICATED",
        "需要登录。Sign in (an API key or token) to make changes.");
    public static readonly ErrorCode CredentialsInvalid = Unauthenticated.Variant("凭据无效。The credentials are not valid: {0}");
    public static readonly ErrorCode TokenExpired = Unauthenticated.Variant(
        "令牌已过期，请换新令牌重新订阅。The token has expired; subscribe again with a new one.");
    public static readonly ErrorCode ApiKeyNoLongerValid = Unauthenticated.Variant("API 密钥已失效。The API key is no longer valid.");

    public static readonly ErrorCode Forbidden = ErrorCode.Define("FORBIDDEN", "需要 {0} 角色。This needs the {1} role.");
}
