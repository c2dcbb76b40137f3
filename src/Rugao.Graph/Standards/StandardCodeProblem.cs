namespace Rugao.Graph.Standards;

internal readonly record struct StandardCodeProblem(string Chinese, string English)
{
    public string Describe(string? text) => string.IsNullOrWhiteSpace(text)
        ? $"{Chinese}。{char.ToUpperInvariant(English[0])}{English[1..]}."
        : $"标准编号“{text.Trim()}”无效：{Chinese}。Invalid standard code '{text.Trim()}': {English}.";
}
