using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>A payload over <see cref="MutationResult{T}"/>: <c>errors</c>, and whatever fields the subclass adds.</summary>
public abstract class MutationPayloadGraphType<T> : ObjectGraphType<MutationResult<T>>
    where T : class
{
    protected MutationPayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
