using Rugao.Graph.Editing;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>Stable codes of the user errors of adjusting the standards list and of linking standards to service items.</summary>
public static class ListingErrors
{
    public const string ItemNotInArea = "ITEM_NOT_IN_AREA";
    public const string AlreadyListed = "ALREADY_LISTED";
    public const string NotListed = "NOT_LISTED";
    public const string BeforeStandardExists = "BEFORE_STANDARD_EXISTS";
    public const string DelistNotAfterListing = "DELIST_NOT_AFTER_LISTING";
    public const string NotLinked = "NOT_LINKED";
    public const string AlreadyLinked = "ALREADY_LINKED";
    public const string StillListed = "STILL_LISTED";
    public const string AreaOrItemRequired = "AREA_OR_ITEM_REQUIRED";

    internal static UserError ItemNotInAreaAt(string areaName, params string[] path) => UserError.At(ItemNotInArea,
        $"该服务事项不属于{areaName}。The service item does not belong to that service area.", path);

    internal static UserError AlreadyListedAt(params string[] path) => UserError.At(AlreadyListed,
        "该标准在此日期已列入（或已安排列入）该清单。The standard is already listed there on or after that day.", path);

    internal static UserError NotListedAt(params string[] path) => UserError.At(NotListed,
        "该标准在此日期未列入该清单。The standard is not listed there on that day.", path);

    internal static UserError BeforeStandardExistsAt(DateOnly published, params string[] path) => UserError.At(BeforeStandardExists,
        $"日期不能早于标准发布日期 {published:yyyy-MM-dd}。The day cannot be before the standard was published ({published:yyyy-MM-dd}).", path);

    internal static UserError DelistNotAfterListingAt(DateOnly listed, params string[] path) => UserError.At(DelistNotAfterListing,
        $"移出日期须晚于列入日期 {listed:yyyy-MM-dd}。A standard is delisted after the day it was listed ({listed:yyyy-MM-dd}).", path);

    internal static UserError NotLinkedAt(params string[] path) => UserError.At(NotLinked,
        "该标准尚未关联此服务事项。The standard is not linked to that service item.", path);

    internal static UserError AlreadyLinkedAt(params string[] path) => UserError.At(AlreadyLinked,
        "该标准已关联此服务事项。The standard is already linked to that service item.", path);

    internal static UserError StillListedAt(params string[] path) => UserError.At(StillListed,
        "该标准仍在此事项的标准清单中，请先移出。The standard is still on this item's list; delist it first.", path);

    internal static UserError AreaOrItemRequiredAt(params string[] path) => UserError.At(AreaOrItemRequired,
        "请指定服务领域或服务事项。Name a service area or a service item.", path);
}
