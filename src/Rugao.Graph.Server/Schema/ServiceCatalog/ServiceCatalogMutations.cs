using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public static class ServiceCatalogMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<AdjustStandardListInputType, AdjustStandardListInput, AdjustStandardListPayloadGraphType, ListAdjustment>(
            mutation, "adjustStandardList", Role.Publisher,
            "标准清单动态调整：列入或移出（发布者及以上）。List or delist a standard for a service area or item (publishers and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<StandardList>().AdjustAsync(new AdjustStandardListCommand(
                input.StandardId, input.AreaId, input.ServiceItemId, input.Action, input.EffectiveOn, input.Reason),
                actor, c.CancellationToken));
        // Editors may link: a link describes the standard's scope and changes no public list; listing stays with publishers.
        MutationField.Add<LinkServiceItemInputType, LinkServiceItemInput, LinkServiceItemPayloadGraphType, ServiceItemLink>(
            mutation, "linkServiceItem", Role.Editor,
            "关联标准与服务事项（编辑及以上）。Link a standard to a service item (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<ServiceItemLinks>().LinkAsync(
                input.StandardId, input.ServiceItemId, actor, c.CancellationToken));
        MutationField.Add<UnlinkServiceItemInputType, UnlinkServiceItemInput, UnlinkServiceItemPayloadGraphType, ServiceItemLink>(
            mutation, "unlinkServiceItem", Role.Editor,
            "取消标准与服务事项的关联（编辑及以上）。Remove a standard's link to a service item (editors and above).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<ServiceItemLinks>().UnlinkAsync(
                input.StandardId, input.ServiceItemId, actor, c.CancellationToken));
    }
}
