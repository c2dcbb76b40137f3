using System.Reflection;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Hosting;

/// <summary>The server knows GraphQL and HTTP, not SQL: every database read and write goes through the library.</summary>
public sealed class ServerDataAccessTests
{
    [Fact]
    public void ServerAssembly_DoesNotReferenceEntityFrameworkCore()
    {
        var referenced = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public void ServerTypes_DoNotTouchTheDbContext()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
            | BindingFlags.DeclaredOnly;
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetConstructors(All).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(t.GetFields(All).Select(f => f.FieldType))
                .Concat(t.GetMethods(All).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Any(Touches))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(offenders.Count == 0, "Server types that use the DbContext: " + string.Join(", ", offenders));
    }

    [Fact]
    public void ServerSources_DoNotMentionEntityFrameworkCoreOrTheDbContext()
    {
        var root = RepositoryRoot.Combine("src", "Rugao.Graph.Server");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("EntityFrameworkCore", StringComparison.Ordinal) || text.Contains("RugaoDbContext", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Server files that use EF Core: " + string.Join(", ", offenders));
    }

    private static bool Touches(Type type) =>
        type.FullName?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true
        || type == typeof(Rugao.Graph.Storage.RugaoDbContext)
        || (type.IsGenericType && type.GetGenericArguments().Any(Touches))
        || (type.HasElementType && Touches(type.GetElementType()!));
}
