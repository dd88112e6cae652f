using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Ingestion.Contracts.Tests.Schemas;

/// <summary>
/// <c>shared/Ingestion.Contracts/asyncapi.yaml</c>: read as JSON for structural comparison, and rewritten only between
/// its generated-schema markers, so the hand-written parts (servers, channels, envelope) and their comments survive.
/// </summary>
internal sealed class AsyncApiDocument
{
    public const string BeginMarker = "# <generated-payload-schemas>";
    public const string EndMarker = "# </generated-payload-schemas>";
    private const int SchemaIndent = 4;

    private AsyncApiDocument(string path, string text)
    {
        Path = path;
        Text = text;
        var yaml = new YamlStream();
        using (var reader = new StringReader(text))
        {
            yaml.Load(reader);
        }

        Root = (JsonObject)YamlToJson.Convert(yaml.Documents[0].RootNode)!;
    }

    public static string DefaultPath { get; } =
        System.IO.Path.Combine(RepositoryRoot(), "shared", "Ingestion.Contracts", "asyncapi.yaml");

    public string Path { get; }

    public string Text { get; }

    public JsonObject Root { get; }

    public static AsyncApiDocument Load(string path) => new(path, File.ReadAllText(path));

    public static AsyncApiDocument Parse(string text) => new("(text)", text);

    public JsonNode? Schema(string name) => Root["components"]?["schemas"]?[name];

    /// <summary>The document's text with the generated region holding <paramref name="schemas"/>.</summary>
    public string WithSchemas(IReadOnlyDictionary<string, JsonNode> schemas)
    {
        int begin = Text.IndexOf(BeginMarker, StringComparison.Ordinal);
        int end = Text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{Path} lacks the '{BeginMarker}' ... '{EndMarker}' lines under components.schemas.");
        }

        int regionStart = Text.IndexOf('\n', begin) + 1;
        int regionEnd = Text.LastIndexOf('\n', end) + 1;
        var region = new StringBuilder();
        foreach ((string name, JsonNode schema) in schemas.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            JsonToYaml.Write(region, name, schema, SchemaIndent);
        }

        return string.Concat(Text.AsSpan(0, regionStart), region.ToString(), Text.AsSpan(regionEnd));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ingestion.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ingestion.sln not found above " + AppContext.BaseDirectory);
    }
}
