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
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            var stream = new YamlStream();
            stream.Load(reader);
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
    }
}
