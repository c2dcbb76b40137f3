using Rugao.Graph.Standards;

namespace Rugao.Graph.Importing.Docx;

/// <summary>
/// The code, title and classes of a standard from the paragraphs before its first clause (the cover page), falling
/// back on the document properties; the paragraphs it uses are not reported as orphan text.
/// </summary>
internal sealed record DocxFrontMatter(StandardCode? Code, string? Title, string? TitleEn, string? Ics, string? Ccs, IReadOnlySet<int> Used)
{
    private static readonly string[] CoverWords = ["前言", "前 言", "引言", "引 言", "目次", "目 次", "目录"];

    /// <param name="properties">The document's identifier, subject, keywords and title properties, in that order.</param>
    public static DocxFrontMatter Read(IReadOnlyList<DocxParagraph> front, IReadOnlyList<string?> properties)
    {
        var used = new HashSet<int>();
        string? ics = null, ccs = null;
        StandardCode? code = null;
        var codeAt = -1;
        foreach (var paragraph in front)
        {
            var text = DocxLine.Fold(paragraph.Text);
            if (DocxLine.Classification().Match(text) is { Success: true } classification)
            {
                if (classification.Groups[1].Value.Equals("ICS", StringComparison.OrdinalIgnoreCase))
                {
                    ics ??= classification.Groups[2].Value.Trim();
                }
                else
                {
                    ccs ??= classification.Groups[2].Value.Trim();
                }

                used.Add(paragraph.Index);
            }
            else if (code is null && StandardCode.TryParse(text, out var found, out _))
            {
                code = found;
                codeAt = paragraph.Index;
                used.Add(paragraph.Index);
            }
        }

        code ??= properties
            .Select(text => StandardCode.TryParse(text, out var found, out _) ? found : null)
            .FirstOrDefault(found => found is not null);

        var title = front.FirstOrDefault(p => p.IsTitle && !used.Contains(p.Index))
            ?? front.FirstOrDefault(p => p.Index > codeAt && !used.Contains(p.Index) && IsTitleLike(DocxLine.Fold(p.Text)));
        string? titleEn = null;
        if (title is not null)
        {
            used.Add(title.Index);
            var next = front.FirstOrDefault(p => p.Index > title.Index);
            if (next is not null && !DocxLine.HasChinese(next.Text) && next.Text.Any(char.IsAsciiLetter) && next.Text.Length <= 300)
            {
                titleEn = next.Text.Trim();
                used.Add(next.Index);
            }
        }

        var titleText = title?.Text.Trim()
            ?? (properties[^1] is { Length: > 0 } property && !StandardCode.TryParse(property, out _, out _) ? property.Trim() : null);
        return new DocxFrontMatter(code, titleText, titleEn, ics, ccs, used);
    }

    private static bool IsTitleLike(string text) =>
        DocxLine.HasChinese(text) && text.Length <= 100 && !text.Contains('。', StringComparison.Ordinal)
        && !CoverWords.Contains(text) && !text.EndsWith("标准", StringComparison.Ordinal)
        && !text.Contains("发布", StringComparison.Ordinal) && !text.Contains("实施", StringComparison.Ordinal);
}
