using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Rugao.Graph.Seeding;

/// <summary>
/// A YAML node that remembers its file and line and reads typed values strictly: every problem is reported to
/// <see cref="SeedErrors"/> with its position instead of thrown, and unknown keys are refused.
/// </summary>
public sealed class SeedNode
{
    private readonly YamlNode node;
    private readonly SeedErrors errors;

    public SeedNode(YamlNode node, string file, SeedErrors errors)
    {
        this.node = node;
        this.errors = errors;
        File = file;
    }

    public string File { get; }

    public int Line => (int)node.Start.Line;

    public bool IsMapping => node is YamlMappingNode;

    public SeedNode? Get(string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child)
            && !IsNull(child)
            ? new SeedNode(child, File, errors)
            : null;

    public void AllowOnly(params string[] keys)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(this, "expected a mapping (key: value)");
            return;
        }

        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(File, (int)key.Start.Line, $"unknown key '{name}' (allowed: {string.Join(", ", keys)})");
            }
        }
    }

    public IReadOnlyList<SeedNode> List(string key, bool required = false)
    {
        var child = Get(key);
        if (child is null)
        {
            if (required)
            {
                errors.Add(this, $"'{key}' is required");
            }

            return [];
        }

        if (child.node is not YamlSequenceNode sequence)
        {
            errors.Add(child, $"'{key}' must be a list");
            return [];
        }

        return sequence.Children.Select(c => new SeedNode(c, File, errors)).ToList();
    }

    public string? Text(string key, bool required = false, int maxLength = 4000)
    {
        var child = Get(key);
        if (child is null)
        {
            if (required)
            {
                errors.Add(this, $"'{key}' is required");
            }

            return null;
        }

        if (child.node is not YamlScalarNode scalar)
        {
            errors.Add(child, $"'{key}' must be a single value");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                errors.Add(child, $"'{key}' must not be empty");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(child, $"'{key}' is longer than {maxLength} characters");
        }

        return value;
    }

    public string RequiredText(string key, int maxLength = 4000) => Text(key, true, maxLength) ?? string.Empty;

    public IReadOnlyList<string> TextList(string key)
    {
        var child = Get(key);
        if (child is null)
        {
            return [];
        }

        if (child.node is YamlScalarNode)
        {
            return [child.RequiredScalar()];
        }

        return List(key).Select(n => n.RequiredScalar()).ToList();
    }

    public string RequiredScalar()
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value.Trim();
        }

        errors.Add(this, "expected a non-empty value");
        return string.Empty;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Get(key)!, $"'{key}' must be a date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    public int? WholeNumber(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(Get(key)!, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(Get(key)!, $"'{key}' must be a number, not '{text}'");
        return null;
    }

    public bool? Flag(string key)
    {
        var text = Text(key);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => Fail(),
        };

        bool? Fail()
        {
            errors.Add(Get(key)!, $"'{key}' must be true or false, not '{text}'");
            return null;
        }
    }

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var parsed = EnumNames.TryParse<TEnum>(text);
        if (parsed is null)
        {
            errors.Add(Get(key)!,
                $"'{key}' must be one of {string.Join(", ", EnumNames.All<TEnum>())}, not '{text}'");
        }

        return parsed;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "~" or "null" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;
}
