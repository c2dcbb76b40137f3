using Rugao.Graph.Errors;
namespace Rugao.Graph.Editing;

/// <summary>Factories over <see cref="Errors.ErrorCatalog"/> for user errors that any edit can return.</summary>
public static class EditErrors
{
    public static UserError ConflictAt(params string[] path) => ErrorCatalog.Conflict.At(path);

    public static UserError NotFoundAt(string what, params string[] path) => ErrorCatalog.NotFound.With(what).At(path);

    public static UserError RequiredAt(params string[] path) => ErrorCatalog.Required.At(path);

    public static UserError TooLongAt(int max, params string[] path) => ErrorCatalog.TooLong.With(max).At(path);

    public static UserError VersionPublishedAt(params string[] path) => ErrorCatalog.VersionPublished.At(path);
}
