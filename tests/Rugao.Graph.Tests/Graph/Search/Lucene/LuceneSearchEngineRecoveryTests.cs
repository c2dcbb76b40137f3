using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>An index folder left by a crash, damaged on disk or written in an earlier format: the engine recovers.</summary>
public sealed class LuceneSearchEngineRecoveryTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>, IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Open_LeftoverFolderOfACrashedRebuild_IsDeleted()
    {
        using (var first = new LuceneSearchEngine(folder.Path))
        {
            await first.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        }

        var leftover = Path.Combine(folder.Path, "index-999999");
        Directory.CreateDirectory(leftover);
        await File.WriteAllTextAsync(Path.Combine(leftover, "_0.cfs"), "half");

        using var second = new LuceneSearchEngine(folder.Path);

        Assert.False(Directory.Exists(leftover));
        Assert.True(await second.IsReadyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Open_DamagedIndex_IsNotReady_AndRebuildsCleanly()
    {
        using (var first = new LuceneSearchEngine(folder.Path))
        {
            await first.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        }

        foreach (var file in Directory.GetFiles(Assert.Single(IndexFolders())))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3]);
        }

        using var second = new LuceneSearchEngine(folder.Path);

        await AssertNotReady_ThenRebuildsCleanlyAsync(second);
    }

    [Fact]
    public async Task Open_IndexOfAnEarlierFormat_IsNotReady_AndRebuildsCleanly()
    {
        var earlier = Path.Combine(folder.Path, "index-000001");
        using (var directory = FSDirectory.Open(earlier))
        using (var analyzer = new KeywordAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument([new StringField("id", "clause:1", Field.Store.YES)]);
            writer.Commit();
        }

        await File.WriteAllTextAsync(Path.Combine(folder.Path, "current"), "index-000001");

        using var engine = new LuceneSearchEngine(folder.Path);

        await AssertNotReady_ThenRebuildsCleanlyAsync(engine);
    }

    private async Task AssertNotReady_ThenRebuildsCleanlyAsync(LuceneSearchEngine engine)
    {
        Assert.False(await engine.IsReadyAsync(CancellationToken.None));
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        Assert.Equal("DB3206/T 1008", (await engine.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None)).Page[0].Document.Identity);
        Assert.Single(IndexFolders());
    }

    private List<string> IndexFolders() =>
        Directory.Exists(folder.Path) ? [.. Directory.GetDirectories(folder.Path, "index-*")] : [];
}
