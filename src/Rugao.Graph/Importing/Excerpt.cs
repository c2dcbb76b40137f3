namespace Rugao.Graph.Importing;

/// <summary>The start of a paragraph's text, enough for a person to find it in the file.</summary>
internal static class Excerpt
{
    public static string Of(ImportedClause clause) =>
        Of(string.Join(' ', new[] { clause.Number, clause.Heading, clause.Text }.Where(t => !string.IsNullOrWhiteSpace(t))));

    public static string Of(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ImportLimits.ExcerptLength ? flat : flat[..ImportLimits.ExcerptLength] + "…";
    }
}
