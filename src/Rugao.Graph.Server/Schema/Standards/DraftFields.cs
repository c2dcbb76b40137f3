using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The fields that name a draft and the version tokens the caller read, shared by every draft input.</summary>
public static class DraftFields
{
    public static void AddTo<TInput>(InputObjectGraphType<TInput> input)
        where TInput : DraftInput
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Field<NonNullGraphType<IdGraphType>>("draftId").Description("草案（StandardVersion）ID。The draft version.")
            .AsKeyOf(StandardVersionGraphType.Node.TypeName);
        input.Field<NonNullGraphType<StringGraphType>>("expectedVersionToken")
            .Description("读到的标准 versionToken；已变则返回 CONFLICT。The standard's versionToken as read; CONFLICT when stale.");
        input.Field<NonNullGraphType<StringGraphType>>("expectedDraftVersionToken")
            .Description("读到的草案 versionToken；已变则返回 CONFLICT。The draft's versionToken as read; CONFLICT when stale.");
    }
}
