using GraphQL.Types;
using Rugao.Graph.Importing;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Importing;

public sealed class ImportStandardPayloadGraphType : PayloadGraphType<ImportResult>
{
    public ImportStandardPayloadGraphType()
        : base("ImportStandardPayload", "importStandard 的结果。Result of importStandard.", errorsFirst: false)
    {
        Field<StandardGraphType>("standard").Description("所涉标准；有错误时为 null。The standard; null when there are errors.")
            .Resolve(c => c.Source.Value is { } r ? new StandardView(r.Standard, c.Source.AsOf) : null);
        Field<StandardVersionGraphType>("draft").Description("导入的草案。The imported draft.")
            .Resolve(c => c.Source.Value is { } r ? new VersionView(r.Draft, r.Standard, null, c.Source.AsOf) : null);
        Field<NonNullGraphType<IntGraphType>>("clauseCount").Description("草案中的条目数。Clause entries in the draft.")
            .Resolve(c => c.Source.Value?.ClauseCount ?? 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportReportEntryGraphType>>>>("report")
            .Description("未能导入的段落；其余内容已导入。Paragraphs left out; everything else was imported.")
            .Resolve(c => c.Source.Value?.Report ?? []);
        ErrorsField();
    }
}
