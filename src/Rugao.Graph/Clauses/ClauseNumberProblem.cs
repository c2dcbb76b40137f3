using Rugao.Graph.Errors;

namespace Rugao.Graph.Clauses;

internal readonly record struct ClauseNumberProblem(ErrorCode Code, string Chinese, string English)
{
    public ErrorText Describe(string? text) => string.IsNullOrWhiteSpace(text)
        ? ErrorCatalog.ClauseNumberMissing.With(Chinese, English)
        : Code.With(text.Trim(), Chinese, English);
}
