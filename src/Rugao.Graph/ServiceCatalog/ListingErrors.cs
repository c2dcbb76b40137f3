using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>Factories over <see cref="Errors.ErrorCatalog"/> for user errors of adjusting the standards list and of linking standards to service items.</summary>
public static class ListingErrors
{
    internal static UserError ItemNotInAreaAt(string areaName, params string[] path) => ErrorCatalog.ItemNotInArea.With(areaName).At(path);

    internal static UserError AlreadyListedAt(params string[] path) => ErrorCatalog.AlreadyListed.At(path);

    internal static UserError NotListedAt(params string[] path) => ErrorCatalog.NotListed.At(path);

    internal static UserError BeforeStandardExistsAt(DateOnly published, params string[] path) => ErrorCatalog.BeforeStandardExists.With(published).At(path);

    internal static UserError DelistNotAfterListingAt(DateOnly listed, params string[] path) => ErrorCatalog.DelistNotAfterListing.With(listed).At(path);

    internal static UserError NotLinkedAt(params string[] path) => ErrorCatalog.NotLinked.At(path);

    internal static UserError AlreadyLinkedAt(params string[] path) => ErrorCatalog.AlreadyLinked.At(path);

    internal static UserError StillListedAt(params string[] path) => ErrorCatalog.StillListed.At(path);

    internal static UserError AreaOrItemRequiredAt(params string[] path) => ErrorCatalog.AreaOrItemRequired.At(path);
}
