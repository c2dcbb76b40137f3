using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>Counts every match per standard from the standard ID doc values, beside the collector that keeps the page.</summary>
internal sealed class StandardCountCollector : ICollector
{
    private readonly Dictionary<int, int> counts = [];
    private NumericDocValues? values;

    public int Total { get; private set; }

    public IReadOnlyDictionary<int, int> ByStandard => counts;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        values = context.AtomicReader.GetNumericDocValues(LuceneFields.StandardId);
    }

    public void Collect(int doc)
    {
        Total++;
        if (values is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, (int)values.Get(doc), out _)++;
        }
    }
}
