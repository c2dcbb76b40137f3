using GraphQL.Types;
using Rugao.Graph.Seeding;

namespace Rugao.Graph.Server.Schema.Common;

internal static class EnumGraphTypes
{
    /// <summary>Adds each member under its CONSTANT_CASE name with its description, so the schema reads as a glossary.</summary>
    public static void AddValues<TEnum>(this EnumerationGraphType type, params (TEnum Value, string Description)[] values)
        where TEnum : struct, Enum
    {
        foreach (var (value, description) in values)
        {
            type.Add(EnumNames.ToConstant(value), value, description);
        }
    }
}
