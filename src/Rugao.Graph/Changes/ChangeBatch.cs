namespace Rugao.Graph.Changes;

/// <summary>Notices read from the log, and the sequence the log was read up to (at least the last notice's).</summary>
/// <param name="UpTo">Every matching change up to this sequence is in <paramref name="Notices"/> or was before it.</param>
/// <param name="HasMore">Matching changes after <paramref name="UpTo"/> were already committed when this was read.</param>
public sealed record ChangeBatch(IReadOnlyList<ChangeNotice> Notices, long UpTo, bool HasMore);
