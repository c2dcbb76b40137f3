using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>
/// The base of every mutation payload: <c>{ &lt;result fields&gt;, errors: [UserError!]! }</c>. The subclass adds the
/// result fields; <c>errors</c> comes first unless the subclass places it itself with <see cref="ErrorsField"/>.
/// </summary>
public abstract class PayloadGraphType<T> : ObjectGraphType<MutationPayload<T>>
    where T : class
{
    protected PayloadGraphType(string name, string description, bool errorsFirst = true)
    {
        Name = name;
        Description = description;
        if (errorsFirst)
        {
            ErrorsField();
        }
    }

    // The printed schema keeps declaration order, and some payloads have listed errors last since they were added.
    protected void ErrorsField() =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
}
