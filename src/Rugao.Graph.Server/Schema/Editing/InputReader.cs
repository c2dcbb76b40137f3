using GraphQL;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Editing;

/// <summary>Reads an <c>input</c> argument; an ID of the wrong type reads as 0, which the library reports NOT_FOUND.</summary>
public sealed class InputReader(IDictionary<string, object?> values)
{
    public static InputReader Of(IResolveFieldContext context) =>
        new(context?.GetArgument<Dictionary<string, object?>>("input") ?? []);

    public string? Text(string name) => values.TryGetValue(name, out var value) ? value?.ToString() : null;

    public int? Number(string name) => values.TryGetValue(name, out var value) && value is int number ? number : null;

    public bool? Bool(string name) => values.TryGetValue(name, out var value) && value is bool flag ? flag : null;

    public double? Real(string name) => values.TryGetValue(name, out var value) && value is double or int or decimal
        ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public DateOnly? Date(string name) => values.TryGetValue(name, out var value) && value is DateOnly day ? day : null;

    public T? Enum<T>(string name)
        where T : struct, Enum => values.TryGetValue(name, out var value) && value is T item ? item : null;

    public IReadOnlyList<string>? Texts(string name) =>
        values.TryGetValue(name, out var value) && value is IEnumerable<object?> list ? list.Select(x => x?.ToString() ?? "").ToList() : null;

    /// <summary>A list of input objects, each read with its own reader.</summary>
    public IReadOnlyList<InputReader>? Objects(string name) =>
        values.TryGetValue(name, out var value) && value is IEnumerable<object?> list
            ? list.Select(x => new InputReader(x as IDictionary<string, object?> ?? new Dictionary<string, object?>())).ToList()
            : null;

    public int Id(string name, string typeName) =>
        GlobalId.TryDecode(Text(name), out var actual, out var id) && actual == typeName ? id : 0;

    public DraftRef Draft() => new(Id("draftId", "StandardVersion"), Text("expectedVersionToken"), Text("expectedDraftVersionToken"));
}
