using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Which layout of fields an index was written in, kept in its commit data. An index of another layout — written by
/// an earlier version of the engine — is not opened: the engine reports no index, and it is rebuilt from the database
/// as a missing one is.
/// </summary>
internal static class IndexFormat
{
    private const string Key = "rugao.format";

    /// <summary>
    /// Raised whenever the fields change. 4: a standard ID is one exact term, visibility is doc values, a clause
    /// stores only what its standard's document does not hold (3 kept that part as a binary doc value).
    /// </summary>
    public const string Current = "4";

    public static void Stamp(IndexWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.SetCommitData(new Dictionary<string, string> { [Key] = Current });
    }

    public static bool IsCurrent(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(Key, out var format) && format == Current;
    }
}
