using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingestion.Cli.Management;

/// <summary>
/// Reads and writes the management API's JSON. Fields the API leaves out (a queue with no traffic has no
/// <c>message_stats</c>; a queue being created has no counts yet) read as zero rather than failing.
/// </summary>
public static class ManagementJson
{
    public static IReadOnlyList<QueueInfo> ParseQueues(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(ParseQueue)];
    }

    public static QueueInfo ParseQueue(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return ParseQueue(document.RootElement);
    }

    public static IReadOnlyList<QueueMessage> ParseMessages(string json)
    {
        JsonArray messages = JsonNode.Parse(json) as JsonArray ?? throw new JsonException("Expected a JSON array of messages.");
        return [.. messages.OfType<JsonObject>().Select(ParseMessage)];
    }

    /// <summary>The answer of a publish: <c>{"routed": true}</c> when at least one queue took the message.</summary>
    public static bool ParseRouted(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("routed", out JsonElement routed) && routed.ValueKind == JsonValueKind.True;
    }

    public static string GetRequest(int count, bool remove) =>
        new JsonObject
        {
            ["count"] = count,
            ["ackmode"] = remove ? "ack_requeue_false" : "ack_requeue_true",
            // No "truncate": large articles must come back whole, or a replay would publish a truncated message.
            ["encoding"] = "auto",
        }.ToJsonString();

    public static string PublishRequest(string routingKey, JsonObject properties, string payload, string payloadEncoding) =>
        new JsonObject
        {
            ["properties"] = properties.DeepClone(),
            ["routing_key"] = routingKey,
            ["payload"] = payload,
            ["payload_encoding"] = payloadEncoding,
        }.ToJsonString();

    private static QueueInfo ParseQueue(JsonElement queue)
    {
        JsonElement stats = queue.TryGetProperty("message_stats", out JsonElement s) ? s : default;
        return new QueueInfo(
            queue.GetProperty("name").GetString() ?? string.Empty,
            Long(queue, "messages_ready"),
            Long(queue, "messages_unacknowledged"),
            (int)Long(queue, "consumers"),
            Rate(stats, "publish_details"),
            Rate(stats, "deliver_get_details"));
    }

    private static QueueMessage ParseMessage(JsonObject message) =>
        new(
            message["payload"]?.GetValue<string>() ?? string.Empty,
            message["payload_encoding"]?.GetValue<string>() ?? "string",
            // The API sends [] instead of {} for a message without properties.
            message["properties"] is JsonObject properties ? (JsonObject)properties.DeepClone() : [],
            message["routing_key"]?.GetValue<string>() ?? string.Empty,
            message["exchange"]?.GetValue<string>() ?? string.Empty,
            message["redelivered"]?.GetValue<bool>() ?? false,
            message["message_count"]?.GetValue<long>() ?? 0);

    private static long Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static double Rate(JsonElement stats, string details) =>
        stats.ValueKind == JsonValueKind.Object
        && stats.TryGetProperty(details, out JsonElement d)
        && d.TryGetProperty("rate", out JsonElement rate)
        && rate.ValueKind == JsonValueKind.Number
            ? rate.GetDouble()
            : 0d;
}
