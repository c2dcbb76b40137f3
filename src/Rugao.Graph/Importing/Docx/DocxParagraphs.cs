using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rugao.Graph.Importing.Docx;

/// <summary>The body of a Word document as <see cref="DocxParagraph"/>s; content controls are read through.</summary>
internal static class DocxParagraphs
{
    public static List<DocxParagraph> Of(Body body, DocxStyles styles)
    {
        var result = new List<DocxParagraph>();
        foreach (var block in Blocks(body))
        {
            if (block is Table table)
            {
                result.Add(new DocxParagraph(result.Count, TableText(table), null, false, false, IsTable: true));
                continue;
            }

            var paragraph = (Paragraph)block;
            var properties = paragraph.ParagraphProperties;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            var level = styles.HeadingLevel(styleId)
                ?? (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : null);
            var numbered = properties?.NumberingProperties is { } own
                ? own.NumberingId?.Val?.Value is not (null or 0)
                : styles.IsNumbered(styleId);
            result.Add(new DocxParagraph(result.Count, Text(paragraph), level, styles.IsTitle(styleId), numbered, IsTable: false));
        }

        return result;
    }

    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    foreach (var inner in Blocks(child))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static string Text(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static string TableText(Table table) => string.Join('\n', table.Elements<TableRow>().Select(row =>
        string.Join(" | ", row.Elements<TableCell>().Select(cell =>
            string.Join(' ', cell.Elements<Paragraph>().Select(Text).Where(t => t.Length > 0))))));
}
