using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record ReviseStandardInput
{
    public int StandardId { get; init; }
    public string? ExpectedVersionToken { get; init; }
    public int Year { get; init; }
    public string? ChangeSummary { get; init; }
}

public sealed class ReviseStandardInputType : InputObjectGraphType<ReviseStandardInput>
{
    public ReviseStandardInputType()
    {
        Name = "ReviseStandardInput";
        Description = "修订已发布的标准：新版本草案，条款复制自最新版本并保留条款标识。"
            + "Revise a published standard: a draft edition with the latest version's clauses, lineages kept.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("标准 ID。The standard.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<NonNullGraphType<StringGraphType>>("expectedVersionToken").Description("读到的标准 versionToken。The standard's versionToken as read.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("新版本年份，须晚于现行版本。The new edition's year, later than the current one.");
        Field<StringGraphType>("changeSummary").Description("修订说明。Summary of the changes.");
    }
}
