using GraphQL.Types;
using Rugao.Graph.Editing;

namespace Rugao.Graph.Server.Schema.Editing;

public sealed class UserErrorGraphType : ObjectGraphType<UserError>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "用户输入错误：有此类错误时不写入任何数据。A mistake in the input; nothing is written when there is one.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("稳定的错误代码，如 CONFLICT。Stable error code.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("说明（中文，然后英文）。Message, Chinese then English.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path")
            .Description("出错的输入字段路径，如 [\"input\", \"code\"]。Path of the input field at fault.")
            .Resolve(c => c.Source.Path);
    }
}
