using System.Text;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Seeding.Documents;
using Rugao.Graph.Seeding;

namespace Rugao.Graph.Importing;

/// <summary>
/// Reads one standard in the seed file format with the seed's own reader; the draft takes the clauses, year and
/// summary of the file's last version. The format is strict, so any problem fails the import.
/// </summary>
internal static class YamlStandardReader
{
    private const int MaxReported = 20;

    public static (ImportedStandard? Standard, IReadOnlyList<UserError> Errors) Read(ReadOnlyMemory<byte> content, string fileName)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content.Span).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, [ImportErrors.Unreadable("不是 UTF-8 编码的文本", "it is not UTF-8 text")]);
        }

        var errors = new SeedErrors();
        var root = YamlFile.Parse(new StringReader(text), fileName, errors);
        var document = root is null ? null : StandardFileReader.Read(root, errors, draft: true);
        if (errors.Any || document is null || document.Versions.Count == 0)
        {
            var reported = errors.All.Take(MaxReported).Select(e => ErrorCatalog.InvalidImportFile.With(e.Line, e.Message).At("content")).ToList();
            return (null, reported.Count > 0 ? reported : [ImportErrors.Unreadable("文件中没有标准", "it holds no standard")]);
        }

        var last = document.Versions[^1];
        return (new ImportedStandard
        {
            Code = document.Code,
            Year = last.Year,
            Title = document.Title,
            TitleEn = document.TitleEn,
            Level = document.Level,
            Nature = document.Nature,
            DepartmentCode = document.DepartmentCode,
            SystemNodeCode = document.SystemNodeCode,
            IssuedBy = document.IssuedBy,
            Ics = document.Ics,
            Ccs = document.Ccs,
            DraftingOrganisations = document.DraftingOrganisations,
            ChangeSummary = last.ChangeSummary,
            Clauses = last.Clauses.Select((c, i) => new ImportedClause(i, c.Number, c.Heading, c.Text, c.Kind)
            {
                Normative = c.Normative,
                Mandatory = c.Mandatory,
            }).ToList(),
            Report = [],
        }, []);
    }
}
