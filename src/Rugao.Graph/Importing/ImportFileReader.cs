using Rugao.Graph.Editing;
using Rugao.Graph.Importing.Docx;

namespace Rugao.Graph.Importing;

/// <summary>Checks an import file's size and format and reads it with the reader for that format.</summary>
internal static class ImportFileReader
{
    public static (ImportedStandard? Standard, IReadOnlyList<UserError> Errors) Read(ImportCommand command)
    {
        if (command.Content.Length == 0)
        {
            return (null, [ImportErrors.Empty()]);
        }

        if (command.Content.Length > ImportLimits.MaxBytes)
        {
            return (null, [ImportErrors.TooLarge(command.Content.Length)]);
        }

        switch (command.Format ?? FormatOf(command.FileName, command.Content.Span))
        {
            case ImportFormat.Docx:
                var (standard, error) = DocxStandardReader.Read(command.Content);
                return (standard, error is null ? [] : [error]);
            case ImportFormat.Yaml:
                return YamlStandardReader.Read(command.Content, Path.GetFileName(command.FileName));
            default:
                return (null, [ImportErrors.UnknownFormat()]);
        }
    }

    private static ImportFormat? FormatOf(string fileName, ReadOnlySpan<byte> content) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".DOCX" => ImportFormat.Docx,
            ".YAML" or ".YML" => ImportFormat.Yaml,
            _ => content.StartsWith("PK\u0003\u0004"u8) ? ImportFormat.Docx : null,
        };
}
