using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Standards;

/// <summary>
/// Factories over <see cref="Errors.ErrorCatalog"/> for the user errors of amending, superseding and abolishing standards, besides the shared ones of
/// <see cref="EditErrors"/> and <see cref="StandardDraftErrors"/>.
/// </summary>
public static class StandardLifecycleErrors
{
    /// <summary>An amendment sheet larger than this is a new edition, and one request cannot bloat the database.</summary>
    public const int MaxChanges = 500;

    internal static UserError NeverPublished(string field) => ErrorCatalog.NotPublished.At(field);

    internal static UserError Abolished(string field) => ErrorCatalog.StandardAbolished.At(field);

    internal static UserError PublishedInFuture(string field) => ErrorCatalog.PublishedInFuture.At(field);

    internal static UserError EffectiveBeforePublished(string field) => ErrorCatalog.EffectiveBeforePublished.At(field);

    internal static UserError EffectiveBeforePrevious(DateOnly previous, string field) => ErrorCatalog.EffectiveBeforePrevious.With(previous).At(field);
}
