using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Importing;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Importing;

public static class ImportMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<ImportStandardInputType, ImportStandardInput, ImportStandardPayloadGraphType, ImportResult>(
            mutation, "importStandard", Role.Admin,
            "从 Word 或 YAML 文件导入标准草案（管理员）。Import a standard from a Word or YAML file as a draft (admins).",
            async (c, input, actor) => Decode(input.Content) is not { } content
                ? Refused(input.Content)
                : await c.RequestServices!.GetRequiredService<StandardImporter>().ImportAsync(new ImportCommand
                {
                    FileName = input.FileName,
                    Content = content,
                    Format = input.Format,
                    AsRevision = input.AsRevision ?? false,
                    Year = input.Year,
                    DepartmentId = input.DepartmentId,
                    SystemNodeId = input.SystemNodeId,
                }, actor, c.CancellationToken));
    }

    // Base64 takes four characters for three bytes; anything longer than the limit allows is refused before decoding.
    private static byte[]? Decode(string? base64)
    {
        if (base64 is null || base64.Length > (ImportLimits.MaxBytes + 2) / 3 * 4 + 16)
        {
            return null;
        }

        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    private static EditOutcome<ImportResult> Refused(string? base64) =>
        base64 is not null && base64.Length > (ImportLimits.MaxBytes + 2) / 3 * 4 + 16
            ? ImportErrors.TooLarge(base64.Length / 4L * 3)
            : ImportErrors.NotBase64();
}
