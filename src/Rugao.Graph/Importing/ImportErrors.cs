using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Importing;

/// <summary>Factories over <see cref="Errors.ErrorCatalog"/> for user errors of an import, and of the report entries for content left out.</summary>
public static class ImportErrors
{
    internal static UserError Empty() => ErrorCatalog.ImportFileEmpty.At("content");

    public static UserError TooLarge(long bytes) => ErrorCatalog.ImportFileTooLarge.With(bytes / 1024, ImportLimits.MaxBytes / 1024 / 1024).At("content");

    public static UserError NotBase64() => ErrorCatalog.ImportContentNotBase64.At("content");

    internal static UserError UnknownFormat() => ErrorCatalog.ImportFormatUnknown.At("format");

    internal static UserError Unreadable(string chinese, string english) => ErrorCatalog.ImportFileUnreadable.With(chinese, english).At("content");

    internal static UserError NothingPlaced() => ErrorCatalog.ImportNoClauses.At("content");

    internal static UserError NoCode() => ErrorCatalog.ImportCodeMissing.At("content");

    internal static UserError NoTitle() => ErrorCatalog.ImportTitleMissing.At("content");

    internal static UserError NoYear() => ErrorCatalog.ImportYearMissing.At("year");
}
