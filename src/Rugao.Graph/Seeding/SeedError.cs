namespace Rugao.Graph.Seeding;

/// <summary>One thing wrong in a seed or import file, with where it is.</summary>
public sealed record SeedError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
