namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// A fact that needs Node and the reference client packages (<c>npm ci --prefix tests/clients</c>); without them it
/// is skipped with that instruction as the visible reason, rather than failing or passing silently.
/// </summary>
public sealed class ReferenceClientFactAttribute : FactAttribute
{
    public ReferenceClientFactAttribute(string package)
    {
        if (GraphQLHttpAuditFactAttribute.NodeExecutable is null)
        {
            Skip = $"node is not on PATH; the {package} reference client needs Node 18 or later.";
        }
        else if (!Directory.Exists(Path.Combine(ReferenceClients.Directory, "node_modules", package)))
        {
            Skip = $"{package} is not installed; run: npm ci --prefix {Path.GetRelativePath(Environment.CurrentDirectory, ReferenceClients.Directory)}";
        }
    }
}
