using System.Text.Json.Nodes;

namespace Ingestion.Contracts.Tests.Schemas;

public sealed class AsyncApiDocumentTests
{
    private const string UpdateVariable = "UPDATE_ASYNCAPI";

    [Fact]
    public void PayloadSchemas_ComparedWithContractTypes_AreUpToDate()
    {
        AsyncApiDocument document = AsyncApiDocument.Load(AsyncApiDocument.DefaultPath);
        IReadOnlyDictionary<string, JsonNode> generated = PayloadSchemaGenerator.Generate();
        string expectedPath = Path.ChangeExtension(document.Path, ".expected.yaml");

        string[] stale = [.. generated.Where(entry => !JsonNode.DeepEquals(entry.Value, document.Schema(entry.Key))).Select(entry => entry.Key)];
        if (stale.Length == 0)
        {
            File.Delete(expectedPath);
            return;
        }

        string expected = document.WithSchemas(generated);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(document.Path, expected);
            File.Delete(expectedPath);
            return;
        }

        string written;
        try
        {
            File.WriteAllText(expectedPath, expected);
            written = $"The expected document is in {expectedPath}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout (some CI runners) must still get the real failure, not an I/O error.
            written = $"The expected document could not be written to {expectedPath} ({e.Message})";
        }

        Assert.Fail(
            $"The payload schemas of {string.Join(", ", stale)} in {document.Path} differ from the contract types. " +
            $"{written}; to take it, run: {UpdateVariable}=1 dotnet test tests/Ingestion.Contracts.Tests");
    }

    [Fact]
    public void WithSchemas_GeneratedSchemas_ParseBackToTheSameJson()
    {
        AsyncApiDocument document = AsyncApiDocument.Load(AsyncApiDocument.DefaultPath);
        IReadOnlyDictionary<string, JsonNode> generated = PayloadSchemaGenerator.Generate();

        AsyncApiDocument rewritten = AsyncApiDocument.Parse(document.WithSchemas(generated));

        Assert.All(generated, entry => Assert.True(JsonNode.DeepEquals(entry.Value, rewritten.Schema(entry.Key)), entry.Key));
    }

    [Fact]
    public void Document_References_AllResolve()
    {
        AsyncApiDocument document = AsyncApiDocument.Load(AsyncApiDocument.DefaultPath);

        string[] dangling = [.. References(document.Root).Where(reference => Resolve(document.Root, reference) is null)];

        Assert.Empty(dangling);
        Assert.Equal("3.0.0", document.Root["asyncapi"]?.GetValue<string>());
    }

    [Fact]
    public void Document_Channels_NameTheExchangeOfEveryPublishedMessage()
    {
        AsyncApiDocument document = AsyncApiDocument.Load(AsyncApiDocument.DefaultPath);
        string[] addresses = [.. document.Root["channels"]!.AsObject().Select(channel => channel.Value?["address"]?.GetValue<string>() ?? string.Empty)];

        // MassTransit's publish exchange for a message type is "Namespace:TypeName".
        Assert.All(PublishedMessages.All, message => Assert.Contains($"{message.Type.Namespace}:{message.Type.Name}", addresses));
    }

    [Fact]
    public void Examples_EveryMessageExample_HasExactlyThePropertiesOfItsPayloadSchema()
    {
        AsyncApiDocument document = AsyncApiDocument.Load(AsyncApiDocument.DefaultPath);
        var examples = document.Root["components"]!["messages"]!.AsObject()
            .SelectMany(message => (message.Value?["examples"]?.AsArray() ?? []).Select(example => (Name: message.Key, Example: example)))
            .ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, entry =>
        {
            JsonObject payload = entry.Example!["payload"]!["message"]!.AsObject();
            JsonObject schema = PayloadSchemaGenerator.Generate(PublishedMessages.Types.Single(type => type.Name == entry.Name))["properties"]!.AsObject();
            Assert.Equal(schema.Select(property => property.Key).Order(), payload.Select(property => property.Key).Order());
        });
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(entry => entry.Key == "$ref" && entry.Value is JsonValue value
            ? [value.GetValue<string>()]
            : References(entry.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    private static JsonNode? Resolve(JsonObject root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (string part in reference[2..].Split('/'))
        {
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node;
    }
}
