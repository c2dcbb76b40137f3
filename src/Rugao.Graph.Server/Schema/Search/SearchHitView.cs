using Rugao.Graph.Search;

namespace Rugao.Graph.Server.Schema.Search;

/// <summary>A hit as the schema sees it; one record type per hit kind so each resolves to its own GraphQL type.</summary>
public abstract record SearchHitView(FoundHit Hit, DateOnly AsOf)
{
    public static SearchHitView Of(FoundHit hit, DateOnly asOf) =>
        hit.Document.Kind == SearchKind.Clause ? new ClauseHitView(hit, asOf) : new StandardHitView(hit, asOf);
}

public sealed record StandardHitView(FoundHit Hit, DateOnly AsOf) : SearchHitView(Hit, AsOf);

public sealed record ClauseHitView(FoundHit Hit, DateOnly AsOf) : SearchHitView(Hit, AsOf);
