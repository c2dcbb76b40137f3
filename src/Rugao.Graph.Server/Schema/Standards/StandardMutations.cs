using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public static partial class StandardMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        Add<CreateStandardInput, CreateStandardPayloadGraphType>(mutation, "createStandard", Role.Editor,
            "新建标准草案（编辑及以上）。Create a standard as a draft (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardDrafts>().CreateAsync(new CreateStandardCommand
            {
                Code = input.Text("code") ?? "",
                Year = input.Number("year") ?? 0,
                Title = input.Text("title") ?? "",
                TitleEn = input.Text("titleEn"),
                Level = input.Enum<StandardLevel>("level"),
                Nature = input.Enum<StandardNature>("nature"),
                DepartmentId = input.Id("departmentId", DepartmentGraphType.Node.TypeName),
                SystemNodeId = input.Id("systemNodeId", SystemNodeGraphType.Node.TypeName),
                Ics = input.Text("ics"),
                Ccs = input.Text("ccs"),
                IssuedBy = input.Text("issuedBy"),
                DraftingOrganisations = input.Texts("draftingOrganisations"),
                ChangeSummary = input.Text("changeSummary"),
            }, actor, c.CancellationToken));
        Add<ReviseStandardInput, ReviseStandardPayloadGraphType>(mutation, "reviseStandard", Role.Editor,
            "修订已发布的标准，开启新版本草案（编辑及以上）。Open a draft edition of a published standard (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardDrafts>().ReviseAsync(new ReviseStandardCommand(
                input.Id("standardId", StandardGraphType.Node.TypeName), input.Text("expectedVersionToken"),
                input.Number("year") ?? 0, input.Text("changeSummary")), actor, c.CancellationToken));
        Add<UpdateStandardDraftInput, UpdateStandardDraftPayloadGraphType>(mutation, "updateStandardDraft", Role.Editor,
            "修改草案信息（编辑及以上）。Change a draft's metadata (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardDrafts>().UpdateAsync(new UpdateStandardDraftCommand
            {
                Draft = input.Draft(),
                Title = input.Text("title"),
                TitleEn = input.Text("titleEn"),
                Level = input.Enum<StandardLevel>("level"),
                Nature = input.Enum<StandardNature>("nature"),
                DepartmentId = input.Text("departmentId") is null ? null : input.Id("departmentId", DepartmentGraphType.Node.TypeName),
                SystemNodeId = input.Text("systemNodeId") is null ? null : input.Id("systemNodeId", SystemNodeGraphType.Node.TypeName),
                Ics = input.Text("ics"),
                Ccs = input.Text("ccs"),
                IssuedBy = input.Text("issuedBy"),
                DraftingOrganisations = input.Texts("draftingOrganisations"),
                Year = input.Number("year"),
                Label = input.Text("label"),
                ChangeSummary = input.Text("changeSummary"),
            }, actor, c.CancellationToken));
        Add<PublishStandardVersionInput, PublishStandardVersionPayloadGraphType>(mutation, "publishStandardVersion", Role.Publisher,
            "发布草案为不可更改的版本（发布者及以上）。Publish a draft as an immutable version (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardPublishing>().PublishAsync(
                new PublishStandardVersionCommand(input.Draft(), input.Date("publishedOn"),
                    input.Date("effectiveFrom") ?? DateOnly.MinValue, input.Text("changeSummary")), actor, c.CancellationToken));
        AddLifecycle(mutation);
    }

    /// <summary>Adds <c>name(input: TInput!): TPayload!</c>: role check, then one library call, mapped to the payload.</summary>
    internal static void Add<TInput, TPayload>(ObjectGraphType mutation, string name, Role role, string description,
        Func<IResolveFieldContext, InputReader, string, Task<EditOutcome<DraftEdit>>> edit)
        where TInput : InputObjectGraphType
        where TPayload : EditPayloadGraphType
    {
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                var actor = EditorAccess.Require(c, role);
                var outcome = await edit(c, InputReader.Of(c), actor);
                return EditPayload.From(outcome, LocalCalendar.Today(c.RequestServices!.GetRequiredService<TimeProvider>()));
            });
    }
}
