namespace Rugao.Graph.Changes;

/// <summary>Notices read from the log, and the sequence the log was read up to (at least the last notice's).</summary>
/// <param name="UpTo">Every matching change up to this sequence is in <paramref name="Notices"/> or was before it.</param>
/// <param name="HasMore">
/// Matching changes beyond the page were already committed when this was read: newer ones for a forward read, older
/// ones for a backward read.
/// </param>
/// <param name="Head">The newest sequence of the whole log when it was read; 0 when the log is empty.</param>
public sealed record ChangeBatch(IReadOnlyList<ChangeNotice> Notices, long UpTo, bool HasMore, long Head);
