using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Documents of a set of standards, checked against the standard ID doc values: the set can hold thousands of IDs
/// (every standard of an area), more than a boolean query of terms allows. An empty set matches nothing.
/// </summary>
internal sealed class StandardIdFilter(IReadOnlyCollection<int> standardIds) : Filter
{
    private readonly HashSet<int> ids = [.. standardIds];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.AtomicReader.GetNumericDocValues(LuceneFields.StandardId);
        return values is null || ids.Count == 0
            ? null
            : new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => ids.Contains((int)values.Get(doc)));
    }
}
