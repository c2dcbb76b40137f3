using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Rugao.Graph.Editing;

namespace Rugao.Graph.Importing.Docx;

/// <summary>Reads a standard written in Word the usual way; a file that is not a readable .docx is a user error.</summary>
internal static class DocxStandardReader
{
    private static string?[] Properties(WordprocessingDocument document)
    {
        var properties = document.PackageProperties;
        return [properties.Identifier, properties.Subject, properties.Keywords, properties.Title];
    }

    public static (ImportedStandard? Standard, UserError? Error) Read(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings
            {
                MaxCharactersInPart = ImportLimits.MaxCharactersInPart,
            });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return (null, ImportErrors.Unreadable("文件中没有 Word 正文（word/document.xml）", "it has no Word body (word/document.xml)"));
            }

            var styles = new DocxStyles(document.MainDocumentPart!.StyleDefinitionsPart?.Styles);
            var paragraphs = DocxParagraphs.Of(body, styles);
            var entries = DocxClauseRecognizer.Recognise(paragraphs);
            var firstClause = entries.FirstOrDefault(e => e.Number is not null)?.Paragraph ?? int.MaxValue;
            var front = DocxFrontMatter.Read(paragraphs.Where(p => p.Index < firstClause).ToList(), Properties(document));
            return (new ImportedStandard
            {
                Code = front.Code,
                Year = front.Code?.Year,
                Title = front.Title,
                TitleEn = front.TitleEn,
                Ics = front.Ics,
                Ccs = front.Ccs,
                Clauses = entries.Where(e => !front.Used.Contains(e.Paragraph)).ToList(),
                Report = [],
            }, null);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FormatException
            or XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            return (null, ImportErrors.Unreadable("不是有效的 .docx 文件（含 word/document.xml 的 zip 包）", "it is not a valid .docx file (a zip package holding word/document.xml)"));
        }
    }
}
