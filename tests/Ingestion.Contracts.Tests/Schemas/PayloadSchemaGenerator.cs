using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using MassTransit.Serialization;

namespace Ingestion.Contracts.Tests.Schemas;

/// <summary>
/// The JSON Schemas of the published payloads, built from the contract types by reflection with the serializer
/// options MassTransit writes them with, so the schema is the wire format and not a hand-kept copy of it.
/// </summary>
internal static class PayloadSchemaGenerator
{
    private static readonly XmlDocumentation s_docs = XmlDocumentation.For(typeof(ArticleStored).Assembly);

    /// <summary>The options MassTransit's System.Text.Json serializer uses for message bodies.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(SystemTextJsonMessageSerializer.Options);

    /// <summary>Each published message's schema by its short name, as under <c>components.schemas</c>.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Generate() =>
        PublishedMessages.Types.ToDictionary(type => type.Name, Generate);

    public static JsonNode Generate(Type messageType)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            // Messages and list items are never null: the lists are typed IReadOnlyList<T> with non-null T, which
            // reflection cannot see through, and a message body is an object by construction.
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        return JsonSchemaExporter.GetJsonSchemaAsNode(SerializerOptions, messageType, exporter);
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        string? description = context.PropertyInfo?.AttributeProvider is PropertyInfo property
            ? s_docs.Of(property)
            : context.Path.IsEmpty || context.Path[^1] == "items" ? s_docs.Of(context.TypeInfo.Type) : null;
        if (description is null || schema is not JsonObject node)
        {
            return schema;
        }

        // Description first, so the document reads naturally; the comparison ignores order anyway.
        var described = new JsonObject { ["description"] = description };
        foreach ((string name, JsonNode? value) in node.ToList())
        {
            node.Remove(name);
            described[name] = value;
        }

        return described;
    }
}
