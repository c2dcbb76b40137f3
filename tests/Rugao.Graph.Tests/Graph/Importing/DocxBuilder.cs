using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rugao.Graph.Tests.Graph.Importing;

/// <summary>
/// Builds .docx files the way Word writes them: a styles part with numbered heading styles (Heading 1-5 and a
/// Chinese-named 标题 1-3 family), a numbering part, list paragraphs and document properties.
/// </summary>
internal sealed class DocxBuilder
{
    private const int HeadingList = 1;
    private const int BulletList = 2;
    private readonly List<OpenXmlElement> blocks = [];
    private string? titleProperty;
    private string? identifierProperty;

    public DocxBuilder Paragraph(string text) => Add(new Paragraph(Run(text)));

    public DocxBuilder Paragraphs(params string[] texts)
    {
        foreach (var text in texts)
        {
            Paragraph(text);
        }

        return this;
    }

    public DocxBuilder Title(string text) => Styled("Title", text);

    /// <summary>A paragraph in Heading 1-5, numbered automatically by the style's list.</summary>
    public DocxBuilder Heading(int level, string text) => Styled($"Heading{level}", text);

    /// <summary>A paragraph in the Chinese-named style 标题 1-3 (style id <c>biaoti1</c>), numbered by the style.</summary>
    public DocxBuilder ChineseHeading(int level, string text) => Styled($"biaoti{level}", text);

    public DocxBuilder ListItem(string text) => Add(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList })),
        Run(text)));

    public DocxBuilder Table(params string[][] rows) => Add(new Table(rows.Select(cells =>
        new TableRow(cells.Select(cell => new TableCell(new Paragraph(Run(cell))))))));

    public DocxBuilder Properties(string? title, string? identifier)
    {
        titleProperty = title;
        identifierProperty = identifier;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks.Select(b => b.CloneNode(true))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            document.PackageProperties.Title = titleProperty;
            document.PackageProperties.Identifier = identifierProperty;
        }

        return stream.ToArray();
    }

    private DocxBuilder Styled(string styleId, string text) =>
        Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text)));

    private DocxBuilder Add(OpenXmlElement block)
    {
        blocks.Add(block);
        return this;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Styles Styles()
    {
        var styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" })
            {
                Type = StyleValues.Paragraph, StyleId = "ListParagraph",
            });
        for (var level = 1; level <= 5; level++)
        {
            styles.Append(HeadingStyle($"Heading{level}", $"heading {level}", level));
            styles.Append(HeadingStyle($"biaoti{level}", $"标题 {level}", level));
        }

        return styles;
    }

    private static Style HeadingStyle(string id, string name, int level) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new StyleParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = HeadingList }),
            new OutlineLevel { Val = level - 1 }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };

    private static Numbering Numbering()
    {
        var headings = new AbstractNum { AbstractNumberId = HeadingList };
        for (var level = 0; level < 5; level++)
        {
            headings.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = string.Join('.', Enumerable.Range(1, level + 1).Select(i => $"%{i}")) })
            { LevelIndex = level });
        }

        var bullets = new AbstractNum(new Level(
            new NumberingFormat { Val = NumberFormatValues.LowerLetter },
            new LevelText { Val = "%1)" })
        { LevelIndex = 0 })
        { AbstractNumberId = BulletList };
        return new Numbering(
            headings,
            bullets,
            new NumberingInstance(new AbstractNumId { Val = HeadingList }) { NumberID = HeadingList },
            new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });
    }
}
