using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rugao.Graph.Seeding;

/// <summary>Reads one YAML file into a <see cref="SeedNode"/>, reporting syntax errors with their line.</summary>
public static class YamlFile
{
    public static SeedNode? Load(string path, string displayName, SeedErrors errors)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Parse(reader, displayName, errors);
        }
        catch (IOException exception)
        {
            errors.Add(displayName, 0, $"cannot read the file: {exception.Message}");
            return null;
        }
    }

    public static SeedNode? Parse(TextReader reader, string displayName, SeedErrors errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        var text = reader.ReadToEnd();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add(displayName, 1, "the file is empty");
                return null;
            }

            var root = new SeedNode(stream.Documents[0].RootNode, displayName, errors);
            if (!root.IsMapping)
            {
                errors.Add(root, "the file must hold a mapping (key: value) at its top");
                return null;
            }

            return root;
        }
        catch (YamlException exception)
        {
            errors.Add(displayName, (int)exception.Start.Line, $"YAML syntax: {exception.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // The representation model gives up without a position on some unclosed structures; the event parser
            // still knows how far it got.
            errors.Add(displayName, LastGoodLine(text), "YAML syntax: the file ends inside an unclosed structure");
            return null;
        }
    }

    private static int LastGoodLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
            }
        }
        catch (YamlException exception)
        {
            return (int)exception.Start.Line;
        }
        catch (InvalidOperationException)
        {
            return line;
        }

        return line;
    }
}
