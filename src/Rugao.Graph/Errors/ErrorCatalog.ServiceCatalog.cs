namespace Rugao.Graph.Errors;

/// <summary>The standards list and the links between standards and service items.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode ItemNotInArea = ErrorCode.Define("ITEM_NOT_IN_AREA",
        "该服务事项不属于{0}。The service item does not belong to that service area.");

    public static readonly ErrorCode AlreadyListed = ErrorCode.Define("ALREADY_LISTED",
        "该标准在此日期已列入（或已安排列入）该清单。The standard is already listed there on or after that day.");

    public static readonly ErrorCode NotListed = ErrorCode.Define("NOT_LISTED", "该标准在此日期未列入该清单。The standard is not listed there on that day.");

    public static readonly ErrorCode BeforeStandardExists = ErrorCode.Define("BEFORE_STANDARD_EXISTS",
        "日期不能早于标准发布日期 {0:yyyy-MM-dd}。The day cannot be before the standard was published ({0:yyyy-MM-dd}).");

    public static readonly ErrorCode DelistNotAfterListing = ErrorCode.Define("DELIST_NOT_AFTER_LISTING",
        "移出日期须晚于列入日期 {0:yyyy-MM-dd}。A standard is delisted after the day it was listed ({0:yyyy-MM-dd}).");

    public static readonly ErrorCode NotLinked = ErrorCode.Define("NOT_LINKED", "该标准尚未关联此服务事项。The standard is not linked to that service item.");

    public static readonly ErrorCode AlreadyLinked = ErrorCode.Define("ALREADY_LINKED",
        "该标准已关联此服务事项。The standard is already linked to that service item.");

    public static readonly ErrorCode StillListed = ErrorCode.Define("STILL_LISTED",
        "该标准仍在此事项的标准清单中，请先移出。The standard is still on this item's list; delist it first.");

    public static readonly ErrorCode AreaOrItemRequired = ErrorCode.Define("AREA_OR_ITEM_REQUIRED",
        "请指定服务领域或服务事项。Name a service area or a service item.");
}
