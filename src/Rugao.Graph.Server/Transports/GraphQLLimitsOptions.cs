using System.ComponentModel.DataAnnotations;

namespace Rugao.Graph.Server.Transports;

/// <summary>Request limits shared by every transport; bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest document accepted, in characters.</summary>
    [Range(1, int.MaxValue)]
    public int MaxQueryLength { get; set; } = 16_000;

    /// <summary>Deepest nesting of selection sets in the executed operation (introspection fields excluded).</summary>
    [Range(1, 1_000)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Most aliased fields in one document, so one request cannot fan a field out many times.</summary>
    [Range(1, 10_000)]
    public int MaxAliases { get; set; } = 50;
}
