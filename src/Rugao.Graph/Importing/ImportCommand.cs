namespace Rugao.Graph.Importing;

/// <summary>
/// A file to import as a draft. The format is taken from <see cref="Format"/>, else from the file name. Department and
/// standard system node, when given, override the file's; a new standard from a Word document needs them.
/// </summary>
public sealed record ImportCommand
{
    public required string FileName { get; init; }
    public required ReadOnlyMemory<byte> Content { get; init; }
    public ImportFormat? Format { get; init; }

    /// <summary>Import as a new draft edition of the existing standard with this code, instead of a new standard.</summary>
    public bool AsRevision { get; init; }

    public int? Year { get; init; }
    public int? DepartmentId { get; init; }
    public int? SystemNodeId { get; init; }
    public string? DepartmentCode { get; init; }
    public string? SystemNodeCode { get; init; }
}
