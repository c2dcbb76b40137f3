using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public static partial class StandardMutations
{
    private static void AddLifecycle(ObjectGraphType mutation)
    {
        Add<AmendStandardInput, AmendStandardPayloadGraphType>(mutation, "amendStandard", Role.Publisher,
            "发布修改单（发布者及以上）。Publish an amendment (修改单) to a standard (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardAmendments>().AmendAsync(new AmendStandardCommand
            {
                StandardId = input.Id("standardId", StandardGraphType.Node.TypeName),
                ExpectedVersionToken = input.Text("expectedVersionToken"),
                Changes = (input.Objects("changes") ?? []).Select(Change).ToList(),
                PublishedOn = input.Date("publishedOn"),
                EffectiveFrom = input.Date("effectiveFrom") ?? DateOnly.MinValue,
                Label = input.Text("label"),
                ChangeSummary = input.Text("changeSummary"),
            }, actor, c.CancellationToken));
        Add<SupersedeStandardInput, SupersedeStandardPayloadGraphType>(mutation, "supersedeStandard", Role.Publisher,
            "以新标准代替旧标准（发布者及以上）。Record that a standard is replaced by another (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardLifecycle>().SupersedeAsync(new SupersedeStandardCommand(
                input.Id("standardId", StandardGraphType.Node.TypeName), input.Text("expectedVersionToken"),
                input.Id("successorId", StandardGraphType.Node.TypeName)), actor, c.CancellationToken));
        Add<AbolishStandardInput, AbolishStandardPayloadGraphType>(mutation, "abolishStandard", Role.Publisher,
            "废止标准（发布者及以上）。Abolish a standard (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardLifecycle>().AbolishAsync(new AbolishStandardCommand(
                input.Id("standardId", StandardGraphType.Node.TypeName), input.Text("expectedVersionToken"),
                input.Date("abolishedOn") ?? DateOnly.MinValue, input.Text("reason")), actor, c.CancellationToken));
    }

    private static AmendmentChange Change(InputReader line) => new(line.Text("number"),
        new ClauseContent(line.Text("heading"), line.Text("text"), line.Enum<ClauseKind>("kind"), line.Bool("normative"),
            line.Bool("mandatory")),
        line.Bool("remove") ?? false);
}
