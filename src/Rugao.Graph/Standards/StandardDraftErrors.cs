using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Standards;

/// <summary>Factories over <see cref="Errors.ErrorCatalog"/> for user errors of creating, revising, editing and publishing drafts.</summary>
public static class StandardDraftErrors
{
    internal static UserError YearOutOfRange(string field) => ErrorCatalog.InvalidYear.With(StandardCodeParser.FirstYear, StandardCodeParser.LastYear).At(field);

    internal static UserError YearNotAfter(int latest, string field) => ErrorCatalog.YearNotLater.With(latest).At(field);

    internal static UserError PublishedMetadata(string field) => ErrorCatalog.StandardPublished.At(field);
}
