namespace Rugao.Graph.Seeding;

/// <summary>Collects the errors of one file while it is read, so a run reports every problem at once.</summary>
public sealed class SeedErrors
{
    private readonly List<SeedError> errors = [];

    public IReadOnlyList<SeedError> All => errors;

    public bool Any => errors.Count > 0;

    public void Add(string file, int line, string message) => errors.Add(new SeedError(file, line, message));

    public void Add(SeedNode node, string message) => Add(node.File, node.Line, message);

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new SeedValidationException(errors);
        }
    }
}
