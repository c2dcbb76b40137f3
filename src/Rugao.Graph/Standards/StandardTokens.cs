using Rugao.Graph.Editing;

namespace Rugao.Graph.Standards;

/// <summary>The version tokens clients read from standards and versions and send back with their edits.</summary>
public static class StandardTokens
{
    internal const string StandardKind = "Standard";
    internal const string VersionKind = "StandardVersion";

    public static string Of(Standard standard) =>
        VersionToken.Of(StandardKind, (standard ?? throw new ArgumentNullException(nameof(standard))).Id, standard.Revision);

    public static string Of(StandardVersion version) =>
        VersionToken.Of(VersionKind, (version ?? throw new ArgumentNullException(nameof(version))).Id, version.Revision);
}
