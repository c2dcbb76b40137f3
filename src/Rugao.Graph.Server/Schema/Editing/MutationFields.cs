using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Editing;

public static class MutationFields
{
    /// <summary>Adds <c>name(input: TInput!): TPayload!</c>: role check, then one library call, mapped to the payload.</summary>
    public static void Add<TInput, TPayload, T>(ObjectGraphType mutation, string name, Role role, string description,
        Func<IResolveFieldContext, InputReader, string, Task<EditOutcome<T>>> edit)
        where TInput : InputObjectGraphType
        where TPayload : MutationPayloadGraphType<T>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(edit);
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                var actor = EditorAccess.Require(c, role);
                var outcome = await edit(c, InputReader.Of(c), actor);
                return MutationResult.From(outcome, LocalCalendar.Today(c.RequestServices!.GetRequiredService<TimeProvider>()));
            });
    }
}
