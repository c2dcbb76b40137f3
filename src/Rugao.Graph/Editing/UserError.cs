namespace Rugao.Graph.Editing;

/// <summary>
/// 用户错误 — a mistake in what the caller sent: a stable code, a message (Chinese, then English) and the path of
/// the input field it concerns, relative to the input (<c>["clauses", "2", "number"]</c>).
/// </summary>
public sealed record UserError(string Code, string Message, IReadOnlyList<string> Path)
{
    public static UserError At(string code, string message, params string[] path) => new(code, message, path);

    /// <summary>The same error with its path placed under <paramref name="field"/>, e.g. the argument <c>input</c>.</summary>
    public UserError Under(string field) => this with { Path = [field, .. Path] };
}
