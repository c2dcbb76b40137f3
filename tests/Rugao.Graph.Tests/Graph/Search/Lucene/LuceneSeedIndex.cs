using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>The seed's documents and a Lucene index rebuilt from them once, in a temporary folder.</summary>
public sealed class LuceneSeedIndex : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder folder = new();

    public SeedSearchDocuments Seed { get; } = new();

    public LuceneSearchEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Seed.InitializeAsync();
        Engine = new LuceneSearchEngine(folder.Path);
        await Engine.RebuildAsync(Seed.StreamAsync(), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Engine?.Dispose();
        folder.Dispose();
    }
}
