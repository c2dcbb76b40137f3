using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Rugao.Graph.Server.Schema;

public static class SchemaSdl
{
    /// <summary>The schema as SDL with descriptions, the text of <c>schema/schema.graphql</c>.</summary>
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
