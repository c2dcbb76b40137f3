using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public static partial class StandardMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<CreateStandardInputType, CreateStandardInput, CreateStandardPayloadGraphType, DraftEdit>(
            mutation, "createStandard", Role.Editor,
            "新建标准草案（编辑及以上）。Create a standard as a draft (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardDrafts>().CreateAsync(new CreateStandardCommand
            {
                Code = input.Code,
                Year = input.Year,
                Title = input.Title,
                TitleEn = input.TitleEn,
                Level = input.Level,
                Nature = input.Nature,
                DepartmentId = input.DepartmentId,
                SystemNodeId = input.SystemNodeId,
                Ics = input.Ics,
                Ccs = input.Ccs,
                IssuedBy = input.IssuedBy,
                DraftingOrganisations = input.DraftingOrganisations,
                ChangeSummary = input.ChangeSummary,
            }, actor, c.CancellationToken));
        MutationField.Add<ReviseStandardInputType, ReviseStandardInput, ReviseStandardPayloadGraphType, DraftEdit>(
            mutation, "reviseStandard", Role.Editor,
            "修订已发布的标准，开启新版本草案（编辑及以上）。Open a draft edition of a published standard (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardDrafts>().ReviseAsync(new ReviseStandardCommand(
                input.StandardId, input.ExpectedVersionToken, input.Year, input.ChangeSummary), actor, c.CancellationToken));
        MutationField.Add<UpdateStandardDraftInputType, UpdateStandardDraftInput, UpdateStandardDraftPayloadGraphType, DraftEdit>(
            mutation, "updateStandardDraft", Role.Editor,
            "修改草案信息（编辑及以上）。Change a draft's metadata (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardDrafts>().UpdateAsync(new UpdateStandardDraftCommand
            {
                Draft = input.Draft,
                Title = input.Title,
                TitleEn = input.TitleEn,
                Level = input.Level,
                Nature = input.Nature,
                DepartmentId = input.DepartmentId,
                SystemNodeId = input.SystemNodeId,
                Ics = input.Ics,
                Ccs = input.Ccs,
                IssuedBy = input.IssuedBy,
                DraftingOrganisations = input.DraftingOrganisations,
                Year = input.Year,
                Label = input.Label,
                ChangeSummary = input.ChangeSummary,
            }, actor, c.CancellationToken));
        MutationField.Add<PublishStandardVersionInputType, PublishStandardVersionInput, PublishStandardVersionPayloadGraphType, DraftEdit>(
            mutation, "publishStandardVersion", Role.Publisher,
            "发布草案为不可更改的版本（发布者及以上）。Publish a draft as an immutable version (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardPublishing>().PublishAsync(
                new PublishStandardVersionCommand(input.Draft, input.PublishedOn, input.EffectiveFrom, input.ChangeSummary),
                actor, c.CancellationToken));
        AddLifecycle(mutation);
    }
}
