using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public static partial class StandardMutations
{
    private static void AddLifecycle(ObjectGraphType mutation)
    {
        MutationField.Add<AmendStandardInputType, AmendStandardInput, AmendStandardPayloadGraphType, DraftEdit>(
            mutation, "amendStandard", Role.Publisher,
            "发布修改单（发布者及以上）。Publish an amendment (修改单) to a standard (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardAmendments>().AmendAsync(new AmendStandardCommand
            {
                StandardId = input.StandardId,
                ExpectedVersionToken = input.ExpectedVersionToken,
                Changes = input.Changes.Select(change => change.ToChange()).ToList(),
                PublishedOn = input.PublishedOn,
                EffectiveFrom = input.EffectiveFrom,
                Label = input.Label,
                ChangeSummary = input.ChangeSummary,
            }, actor, c.CancellationToken));
        MutationField.Add<SupersedeStandardInputType, SupersedeStandardInput, SupersedeStandardPayloadGraphType, DraftEdit>(
            mutation, "supersedeStandard", Role.Publisher,
            "以新标准代替旧标准（发布者及以上）。Record that a standard is replaced by another (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardLifecycle>().SupersedeAsync(new SupersedeStandardCommand(
                input.StandardId, input.ExpectedVersionToken, input.SuccessorId), actor, c.CancellationToken));
        MutationField.Add<AbolishStandardInputType, AbolishStandardInput, AbolishStandardPayloadGraphType, DraftEdit>(
            mutation, "abolishStandard", Role.Publisher,
            "废止标准（发布者及以上）。Abolish a standard (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardLifecycle>().AbolishAsync(new AbolishStandardCommand(
                input.StandardId, input.ExpectedVersionToken, input.AbolishedOn, input.Reason), actor, c.CancellationToken));
    }
}
