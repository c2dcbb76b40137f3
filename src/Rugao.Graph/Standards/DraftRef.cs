namespace Rugao.Graph.Standards;

/// <summary>
/// Which draft an edit targets, with the version tokens the caller last read of the standard and of the draft.
/// </summary>
public sealed record DraftRef(int DraftId, string? ExpectedVersionToken, string? ExpectedDraftVersionToken);
