using System.Globalization;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The engine's folder holds numbered index folders and a <c>current</c> file naming the live one. A rebuild writes a
/// new folder and then replaces <c>current</c> by a rename, which is atomic, so a crash never leaves a half-built
/// index live; folders that <c>current</c> does not name are leftovers and are deleted.
/// </summary>
internal sealed class IndexFolders(string root)
{
    private const string Prefix = "index-";
    private const string PointerFile = "current";

    public string Root { get; } = root;

    public string? Live()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        return name.StartsWith(Prefix, StringComparison.Ordinal) ? Path.Combine(Root, name) : null;
    }

    public string Next()
    {
        Directory.CreateDirectory(Root);
        var last = Directory.EnumerateDirectories(Root, Prefix + "*")
            .Select(folder => int.TryParse(Path.GetFileName(folder)[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return Path.Combine(Root, Prefix + (last + 1).ToString("D6", CultureInfo.InvariantCulture));
    }

    public void MakeLive(string folder)
    {
        var pointer = Path.Combine(Root, PointerFile);
        var temporary = pointer + ".tmp";
        File.WriteAllText(temporary, Path.GetFileName(folder));
        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>Deletes every index folder except <paramref name="keep"/>; one still open elsewhere is left for next time.</summary>
    public void DeleteAllBut(string? keep)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            if (!string.Equals(folder, keep, StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
