using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rugao.Graph.Importing.Docx;

/// <summary>
/// Reads what a paragraph style means for the import, following <c>basedOn</c>: a heading level from the style's name
/// (<c>heading 1</c>, <c>标题 1</c>), its id (<c>Heading1</c>) or its outline level, and whether it carries numbering.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> byId;

    public DocxStyles(Styles? styles) =>
        byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];

    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if ((LevelFromName(style.StyleName?.Val?.Value) ?? LevelFromName(style.StyleId?.Value)) is { } level)
            {
                return level;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                return outline + 1;
            }
        }

        return null;
    }

    public bool IsTitle(string? styleId) => Chain(styleId).Any(s =>
        string.Equals(s.StyleName?.Val?.Value, "Title", StringComparison.OrdinalIgnoreCase)
        || string.Equals(s.StyleId?.Value, "Title", StringComparison.OrdinalIgnoreCase));

    public bool IsNumbered(string? styleId) => Chain(styleId)
        .Select(s => s.StyleParagraphProperties?.NumberingProperties)
        .FirstOrDefault(n => n is not null) is { } numbering && numbering.NumberingId?.Val?.Value != 0;

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < MaxChain && styleId is not null && byId.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static int? LevelFromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        foreach (var prefix in new[] { "heading", "标题" })
        {
            if (compact.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(compact.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                && level is >= 1 and <= 9)
            {
                return level;
            }
        }

        return null;
    }
}
