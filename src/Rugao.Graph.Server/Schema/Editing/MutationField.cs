using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>The one way a mutation is declared.</summary>
public static class MutationField
{
    /// <summary>
    /// Adds <c>name(input: TInput!): TPayload!</c>: the role check, the typed input bound from the <c>input</c>
    /// argument, one library call, and its outcome mapped to the payload with the errors placed under <c>input</c>.
    /// </summary>
    public static void Add<TInputType, TInput, TPayloadType, T>(ObjectGraphType mutation, string name, Role role, string description,
        Func<IResolveFieldContext, TInput, string, Task<EditOutcome<T>>> edit)
        where TInputType : InputObjectGraphType<TInput>
        where TPayloadType : PayloadGraphType<T>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(edit);
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                var actor = EditorAccess.Require(c, role);
                var outcome = await edit(c, c.GetArgument<TInput>("input"), actor);
                return MutationPayload.From(outcome, LocalCalendar.Today(c.RequestServices!.GetRequiredService<TimeProvider>()));
            });
    }
}
