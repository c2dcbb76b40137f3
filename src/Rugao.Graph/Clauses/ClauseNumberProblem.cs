namespace Rugao.Graph.Clauses;

internal readonly record struct ClauseNumberProblem(string Code, string Chinese, string English)
{
    public string Describe(string? text) => string.IsNullOrWhiteSpace(text)
        ? $"{Chinese}。{char.ToUpperInvariant(English[0])}{English[1..]}."
        : $"条款编号“{text.Trim()}”无效：{Chinese}。Invalid clause number '{text.Trim()}': {English}.";
}
