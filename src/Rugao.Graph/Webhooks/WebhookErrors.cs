using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Webhooks;

/// <summary>Factories over <see cref="Errors.ErrorCatalog"/> for user errors of registering and changing webhooks.</summary>
public static class WebhookErrors
{
    internal static UserError InvalidUrl(params string[] path) => ErrorCatalog.InvalidUrl.At(path);

    internal static UserError NameInUse(string name, params string[] path) => ErrorCatalog.NameTaken.With(name).At(path);

    internal static UserError InvalidCursor(params string[] path) => ErrorCatalog.WebhookCursorInvalid.At(path);

    internal static UserError Inactive(params string[] path) => ErrorCatalog.AlreadyInactive.At(path);
}
