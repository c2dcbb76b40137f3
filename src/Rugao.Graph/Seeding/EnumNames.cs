using System.Text;

namespace Rugao.Graph.Seeding;

/// <summary>Spells C# enum members the way files and the API do: <c>ListItem</c> ⇄ <c>LIST_ITEM</c>.</summary>
public static class EnumNames
{
    public static string ToConstant<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => System.Enum.GetValues<TEnum>().Select(ToConstant);

    public static TEnum? TryParse<TEnum>(string text)
        where TEnum : struct, Enum =>
        System.Enum.GetValues<TEnum>().Select(v => (TEnum?)v)
            .FirstOrDefault(v => string.Equals(ToConstant(v!.Value), text, StringComparison.Ordinal));
}
