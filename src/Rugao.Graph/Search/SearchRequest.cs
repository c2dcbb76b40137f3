using Rugao.Graph.Standards;

namespace Rugao.Graph.Search;

/// <summary>
/// What an engine is asked. Semantics both engines implement:
/// <list type="bullet">
/// <item>Only documents visible on <see cref="AsOf"/> (<see cref="SearchDocument.IsVisibleOn"/>), of <see cref="Kinds"/>
/// when given, of <see cref="StandardIds"/> when given.</item>
/// <item>A document matches when any of these matches; scores add up (BM25): the whole text as a standard code
/// (<see cref="Code"/>, on <see cref="SearchDocument.CompactCode"/>); a token of digits on
/// <see cref="SearchDocument.CodeNumber"/>; a token shaped like a clause number on
/// <see cref="SearchDocument.ClauseNumber"/>; the text analysed into words (SmartCn) and, side by side, into CJK
/// bigrams, over title, clause heading, clause text and ancestor headings.</item>
/// <item>Ordered by score, then by document ID for a stable order.</item>
/// </list>
/// </summary>
public sealed record SearchRequest(
    QueryText Text,
    StandardCode? Code,
    DateOnly AsOf,
    IReadOnlyCollection<int>? StandardIds,
    IReadOnlyList<SearchKind>? Kinds,
    int Offset,
    int Limit);
