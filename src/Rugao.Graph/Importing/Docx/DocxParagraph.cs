namespace Rugao.Graph.Importing.Docx;

/// <summary>
/// One block of a Word body in document order: its plain text, the heading level its style gives (1 for Heading 1 /
/// 标题 1), whether Word numbers it automatically, and whether it is a table flattened to text.
/// </summary>
internal sealed record DocxParagraph(int Index, string Text, int? HeadingLevel, bool IsTitle, bool IsNumbered, bool IsTable);
