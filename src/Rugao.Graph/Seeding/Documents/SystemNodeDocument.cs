namespace Rugao.Graph.Seeding.Documents;

public sealed record SystemNodeDocument(
    int Line, string Code, string Name, string? Description, IReadOnlyList<SystemNodeDocument> Children);
