using System.Globalization;
using Rugao.Graph.Clauses;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Importing.Docx;

/// <summary>
/// Turns a Word body into clause entries in document order: typed numbers (5, 5.2.1, A.1), Word heading styles with
/// automatic numbering (numbered here the way Word shows them), 附录 A lines with their nature and title, notes, list
/// items, tables and body paragraphs. Whether the entries fit a valid tree is <see cref="ClausePlacement"/>'s job.
/// </summary>
internal sealed class DocxClauseRecognizer
{
    private readonly List<ImportedClause> entries = [];
    private readonly int[] counters = new int[9];
    private string? appendix;

    // An appendix line or a bare number may get its title (and an appendix its nature) from the paragraphs after it.
    private int? awaitingTitle;
    private bool awaitingNature;

    public static List<ImportedClause> Recognise(IEnumerable<DocxParagraph> paragraphs)
    {
        var recogniser = new DocxClauseRecognizer();
        foreach (var paragraph in paragraphs)
        {
            recogniser.Read(paragraph);
        }

        return recogniser.entries;
    }

    private bool InBody => entries.Any(e => e.Number is not null);

    private void Read(DocxParagraph paragraph)
    {
        var text = DocxLine.Fold(paragraph.Text);
        if (text.Length == 0)
        {
            return;
        }

        if (paragraph.IsTable)
        {
            StopAwaiting();
            entries.Add(new ImportedClause(paragraph.Index, null, null, paragraph.Text, ClauseKind.Table));
            return;
        }

        if (TakeAsAwaitedTitle(text))
        {
            return;
        }

        if (DocxLine.Appendix().Match(text) is { Success: true } appendixLine)
        {
            StartAppendix(paragraph.Index, appendixLine.Groups[1].Value, appendixLine.Groups[2].Value.Trim());
        }
        else if (paragraph.HeadingLevel is { } level && paragraph.IsNumbered)
        {
            // Word shows the number itself, so a title that starts with a figure (3 岁以下……) is only a title.
            StopAwaiting();
            AddAutoNumbered(paragraph.Index, level, text);
        }
        else if (TypedNumber(paragraph, text) is { } typed)
        {
            entries.Add(typed);
            Sync(typed.Number!);
            awaitingTitle = typed.Heading is null && typed.Text is null ? entries.Count - 1 : null;
        }
        else if (paragraph.HeadingLevel is not null && InBody)
        {
            StopAwaiting();
            entries.Add(new ImportedClause(paragraph.Index, null, null, text, ClauseKind.Paragraph)
            {
                Refusal = ErrorCatalog.ImportHeadingUnnumbered.With(),
            });
        }
        else
        {
            StopAwaiting();
            entries.Add(Body(paragraph, text));
        }
    }

    private static ImportedClause Body(DocxParagraph paragraph, string text)
    {
        if (DocxLine.Note().Match(text) is { Success: true } note && note.Groups[1].Value.Length > 0)
        {
            return new ImportedClause(paragraph.Index, null, null, note.Groups[1].Value.Trim(), ClauseKind.Note);
        }

        var kind = paragraph.IsNumbered || DocxLine.ListItem().IsMatch(text) ? ClauseKind.ListItem : ClauseKind.Paragraph;
        return new ImportedClause(paragraph.Index, null, null, paragraph.Text.Trim(), kind);
    }

    private bool TakeAsAwaitedTitle(string text)
    {
        if (awaitingTitle is not { } index)
        {
            return false;
        }

        if (awaitingNature && DocxLine.Nature().Match(text) is { Success: true } nature && nature.Groups[2].Value.Length == 0)
        {
            entries[index] = entries[index] with { Normative = IsNormative(nature.Groups[1].Value) };
            awaitingNature = false;
            return true;
        }

        StopAwaiting();
        if (!DocxLine.LooksLikeHeading(text) || DocxLine.Numbered().IsMatch(text) || DocxLine.Appendix().IsMatch(text))
        {
            return false;
        }

        entries[index] = entries[index] with { Heading = text };
        return true;
    }

    private void StopAwaiting()
    {
        awaitingTitle = null;
        awaitingNature = false;
    }

    private void StartAppendix(int index, string letter, string rest)
    {
        bool? normative = null;
        if (DocxLine.Nature().Match(rest) is { Success: true } nature)
        {
            normative = IsNormative(nature.Groups[1].Value);
            rest = nature.Groups[2].Value.Trim();
        }

        entries.Add(new ImportedClause(index, letter, rest.Length > 0 ? rest : null, null, ClauseKind.Appendix) { Normative = normative });
        Sync(letter);
        awaitingTitle = rest.Length > 0 ? null : entries.Count - 1;
        awaitingNature = normative is null && rest.Length == 0;
    }

    private static ImportedClause? TypedNumber(DocxParagraph paragraph, string text)
    {
        var match = DocxLine.Numbered().Match(text);
        if (!match.Success)
        {
            match = DocxLine.NumberOnly().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups[1].Value;
        var rest = match.Groups.Count > 2 ? match.Groups[2].Value.Trim() : "";
        var chapter = !number.Contains('.', StringComparison.Ordinal);

        // A sentence that merely starts with a figure ("100 人以上的……。") is body text, not chapter 100.
        if (chapter && paragraph.HeadingLevel is null && rest.Length > 0 && !DocxLine.LooksLikeHeading(rest))
        {
            return null;
        }

        var isHeading = paragraph.HeadingLevel is not null || chapter || DocxLine.LooksLikeHeading(rest);
        var kind = chapter ? ClauseKind.Chapter : ClauseKind.Clause;
        return rest.Length == 0
            ? new ImportedClause(paragraph.Index, number, null, null, kind)
            : new ImportedClause(paragraph.Index, number, isHeading ? rest : null, isHeading ? null : rest, kind);
    }

    private void AddAutoNumbered(int index, int level, string text)
    {
        if (level == 1)
        {
            if (appendix is not null)
            {
                appendix = appendix[0] < 'Z' ? ((char)(appendix[0] + 1)).ToString() : "AA";
                Array.Clear(counters);
                entries.Add(new ImportedClause(index, appendix, text, null, ClauseKind.Appendix));
                return;
            }

            counters[0]++;
            Array.Clear(counters, 1, counters.Length - 1);
            entries.Add(new ImportedClause(index, counters[0].ToString(CultureInfo.InvariantCulture), text, null, ClauseKind.Chapter));
            return;
        }

        // A level with no heading above it shows as 1 here, so that placement reports the missing parent.
        var segments = new List<string> { appendix ?? Segment(counters[0]) };
        for (var i = 1; i < level - 1; i++)
        {
            segments.Add(Segment(counters[i]));
        }

        counters[level - 1]++;
        Array.Clear(counters, level, counters.Length - level);
        segments.Add(counters[level - 1].ToString(CultureInfo.InvariantCulture));
        entries.Add(new ImportedClause(index, string.Join('.', segments), text, null, ClauseKind.Clause));
    }

    private void Sync(string number)
    {
        var segments = number.Split('.');
        Array.Clear(counters);
        appendix = char.IsAsciiLetter(segments[0][0]) ? segments[0] : null;
        for (var i = 0; i < segments.Length && i < counters.Length; i++)
        {
            counters[i] = int.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        }
    }

    private static string Segment(int counter) => Math.Max(counter, 1).ToString(CultureInfo.InvariantCulture);

    private static bool IsNormative(string nature) =>
        nature.Equals("规范性", StringComparison.Ordinal) || nature.Equals("normative", StringComparison.OrdinalIgnoreCase);
}
