namespace Rugao.Graph.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the SQLite file (and, beside it, the search index). Relative paths start at the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public string DatabaseFileName { get; set; } = "rugao.db";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));

    public string ConnectionString => $"Data Source={DatabasePath};Foreign Keys=True;Pooling=True";
}
