namespace Rugao.Graph.Seeding;

/// <summary>Thrown when seed files are invalid; nothing has been written.</summary>
public sealed class SeedValidationException : Exception
{
    public SeedValidationException(IReadOnlyList<SeedError> errors)
        : base(Describe(errors)) => Errors = errors;

    public SeedValidationException() : this([]) { }

    public SeedValidationException(string message) : base(message) => Errors = [];

    public SeedValidationException(string message, Exception innerException) : base(message, innerException) =>
        Errors = [];

    public IReadOnlyList<SeedError> Errors { get; }

    private static string Describe(IReadOnlyList<SeedError> errors) =>
        $"Seed data is invalid ({errors.Count} problem(s)); nothing was written:{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Take(50).Select(e => "  " + e));
}
