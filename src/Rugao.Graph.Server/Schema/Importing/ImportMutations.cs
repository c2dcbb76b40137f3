using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Importing;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Importing;

public static class ImportMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ImportStandardPayloadGraphType>>("importStandard")
            .Description("从 Word 或 YAML 文件导入标准草案（管理员）。Import a standard from a Word or YAML file as a draft (admins).")
            .Argument<NonNullGraphType<ImportStandardInput>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                var actor = EditorAccess.Require(c, Role.Admin);
                var input = InputReader.Of(c);
                var asOf = LocalCalendar.Today(c.RequestServices!.GetRequiredService<TimeProvider>());
                if (Decode(input.Text("content")) is not { } content)
                {
                    return ImportPayload.From(Refused(input.Text("content")), asOf);
                }

                var outcome = await c.RequestServices!.GetRequiredService<StandardImporter>().ImportAsync(new ImportCommand
                {
                    FileName = input.Text("fileName") ?? "",
                    Content = content,
                    Format = input.Enum<ImportFormat>("format"),
                    AsRevision = input.Bool("asRevision") ?? false,
                    Year = input.Number("year"),
                    DepartmentId = input.Text("departmentId") is null ? null : input.Id("departmentId", DepartmentGraphType.Node.TypeName),
                    SystemNodeId = input.Text("systemNodeId") is null ? null : input.Id("systemNodeId", SystemNodeGraphType.Node.TypeName),
                }, actor, c.CancellationToken);
                return ImportPayload.From(outcome, asOf);
            });
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
