namespace Rugao.Graph.Seeding.Documents;

public sealed record DepartmentDocument(int Line, string Code, string Name, string? ShortName, string Jurisdiction);
