using System.Text.Json;

namespace Rugao.Graph.Tests.TestSupport;

internal static class JsonPaths
{
    /// <summary>Walks a dotted path of property names: <c>data.At("standard.code")</c>.</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var name in path.Split('.'))
        {
            element = element.GetProperty(name);
        }

        return element;
    }

    public static string? Str(this JsonElement element, string path) => element.At(path).GetString();

    public static int Int(this JsonElement element, string path) => element.At(path).GetInt32();

    public static List<JsonElement> Items(this JsonElement element, string path) => [.. element.At(path).EnumerateArray()];

    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Pretty(this JsonElement element) => JsonSerializer.Serialize(element, Readable);
}
