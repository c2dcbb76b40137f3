using System.Diagnostics.CodeAnalysis;

namespace Rugao.Graph.Standards;

// One spelling per edition: the normalised form is what equality, storage and ToString use, whatever was typed.
// Years always print with four digits (GB 3100-93 prints as GB 3100-1993) so that an edition has exactly one
// spelling and sorts with the others; the two-digit form is still accepted on input.
public sealed record StandardCode
{
    internal StandardCode(StandardCodePrefix prefix, string number, int? year)
    {
        Prefix = prefix.Text;
        Level = prefix.Level;
        Nature = prefix.Nature;
        Number = number;
        Year = year;
    }

    public string Prefix { get; }

    public string Number { get; }

    public int? Year { get; }

    public StandardLevel Level { get; }

    public StandardNature Nature { get; }

    public string Identity => $"{Prefix} {Number}";

    // Editions share a key, so a search for "gbt28220" finds GB/T 28220-2011 and GB/T 28220-2023 alike.
    public string CompactKey => Identity.Replace("/", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    public static StandardCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out StandardCode? code, [NotNullWhen(false)] out string? error)
    {
        var parsed = StandardCodeParser.TryParse(text, out code, out var problem);
        error = problem?.Describe(text).Message;
        return parsed;
    }

    public StandardCode WithYear(int year)
    {
        if (!StandardCodeParser.IsYearInRange(year))
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"A standard's year lies between {StandardCodeParser.FirstYear} and {StandardCodeParser.LastYear}.");
        }

        return new StandardCode(this, year);
    }

    public StandardCode WithoutYear() => Year is null ? this : new StandardCode(this, null);

    public override string ToString() => Year is { } year ? $"{Identity}-{year}" : Identity;

    private StandardCode(StandardCode edition, int? year)
        : this(new StandardCodePrefix(edition.Prefix, edition.Level, edition.Nature), edition.Number, year)
    {
    }
}
