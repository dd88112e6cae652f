using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Ingestion.Deployment.Tests.Manifests;

/// <summary>
/// YAML read into plain maps, lists and strings, with merge keys (<c>&lt;&lt;: *anchor</c>) resolved as Compose
/// resolves them, and every document of a multi-document file.
/// </summary>
internal static class Yaml
{
    private static readonly IDeserializer s_deserializer = new DeserializerBuilder().Build();

    public static IReadOnlyList<YamlMap> Documents(string text)
    {
        var parser = new MergingParser(new Parser(new StringReader(text)));
        var documents = new List<YamlMap>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (s_deserializer.Deserialize<object?>(parser) is Dictionary<object, object?> map)
            {
                documents.Add(new YamlMap(map));
            }
        }

        return documents;
    }

    public static YamlMap Document(string text) => Documents(text).Single();
}
