using Rugao.Graph.Errors;

namespace Rugao.Graph.Standards;

internal readonly record struct StandardCodeProblem(string Chinese, string English)
{
    public ErrorText Describe(string? text) => string.IsNullOrWhiteSpace(text)
        ? ErrorCatalog.StandardCodeMissing.With(Chinese, English)
        : ErrorCatalog.InvalidStandardCode.With(text.Trim(), Chinese, English);
}
