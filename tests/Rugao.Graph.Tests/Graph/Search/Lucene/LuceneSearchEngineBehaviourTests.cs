using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

public sealed class LuceneSearchEngineBehaviourTests(LuceneSeedIndex index)
    : SearchEngineBehaviour(index.Seed), IClassFixture<LuceneSeedIndex>, IDisposable
{
    private readonly TemporaryFolder folders = new();

    protected override ISearchEngine SeededEngine => index.Engine;

    protected override ISearchEngine CreateEngine() => new LuceneSearchEngine(Path.Combine(folders.Path, Guid.NewGuid().ToString("N")));

    public void Dispose() => folders.Dispose();
}
