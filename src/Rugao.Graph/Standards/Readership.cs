namespace Rugao.Graph.Standards;

/// <summary>
/// Who is reading, as far as visibility goes: the public sees published content only; editors and above also see
/// drafts. The server decides which one a caller is; the library only knows the two.
/// </summary>
public sealed class Readership
{
    private Readership(bool seesDrafts, string name)
    {
        SeesDrafts = seesDrafts;
        Name = name;
    }

    public static Readership Public { get; } = new(seesDrafts: false, "public");

    public static Readership Editors { get; } = new(seesDrafts: true, "editors");

    public bool SeesDrafts { get; }

    public string Name { get; }

    public override string ToString() => Name;
}
