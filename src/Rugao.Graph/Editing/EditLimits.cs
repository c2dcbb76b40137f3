namespace Rugao.Graph.Editing;

/// <summary>Sizes an edit may not exceed, so that one request cannot bloat the database.</summary>
public static class EditLimits
{
    public const int ShortText = 500;
    public const int LongText = 20_000;

    /// <summary>Adds REQUIRED or TOO_LONG for <paramref name="value"/>; a blank value is an error only when required.</summary>
    public static void CheckText(List<UserError> errors, string? value, int max, bool required, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(EditErrors.RequiredAt(path));
            }
        }
        else if (value.Length > max)
        {
            errors.Add(EditErrors.TooLongAt(max, path));
        }
    }
}
