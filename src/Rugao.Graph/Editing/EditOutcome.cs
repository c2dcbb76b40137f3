namespace Rugao.Graph.Editing;

/// <summary>What an edit produced, or the user errors that stopped it; nothing is written when there are any.</summary>
public sealed class EditOutcome<T>
    where T : class
{
    internal EditOutcome(T? value, IReadOnlyList<UserError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<UserError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static implicit operator EditOutcome<T>(UserError error) => EditOutcome.Failed<T>([error]);
}

public static class EditOutcome
{
    public static EditOutcome<T> Done<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    public static EditOutcome<T> Failed<T>(IEnumerable<UserError> errors)
        where T : class
    {
        var list = errors.ToList();
        return list.Count == 0 ? throw new ArgumentException("A failed outcome needs at least one error.", nameof(errors)) : new(null, list);
    }
}
