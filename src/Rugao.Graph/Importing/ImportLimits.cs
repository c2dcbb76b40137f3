namespace Rugao.Graph.Importing;

/// <summary>Sizes an import may not exceed, so that one file cannot exhaust memory or bloat the database.</summary>
public static class ImportLimits
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxClauses = 5000;

    // A zip bomb inflates document.xml far beyond the file size; the package reader stops at this many characters.
    public const long MaxCharactersInPart = 40_000_000;

    public const int ExcerptLength = 40;
}
