using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The part every draft input shares (see <see cref="DraftFields"/>): the draft and the tokens the caller read.</summary>
public abstract record DraftInput
{
    public int DraftId { get; init; }

    public string? ExpectedVersionToken { get; init; }

    public string? ExpectedDraftVersionToken { get; init; }

    public DraftRef Draft => new(DraftId, ExpectedVersionToken, ExpectedDraftVersionToken);
}
