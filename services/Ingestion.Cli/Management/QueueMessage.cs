using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingestion.Cli.Management;

/// <summary>
/// A message as <c>POST /api/queues/{vhost}/{queue}/get</c> returns it. <see cref="Properties"/> is kept whole (headers,
/// delivery mode, content type, message id…) so that a replayed message is published with exactly what it carried.
/// <see cref="MessageCount"/> is how many messages the queue still held when the broker handed this one out: unlike
/// the queue statistics, which lag by seconds, it is exact.
/// </summary>
public sealed record QueueMessage(string Payload, string PayloadEncoding, JsonObject Properties, string RoutingKey, string Exchange, bool Redelivered, long MessageCount = 0)
{
    public JsonObject Headers => Properties["headers"] as JsonObject ?? [];

    public string? MessageId => Properties["message_id"]?.GetValueKind() == JsonValueKind.String ? Properties["message_id"]!.GetValue<string>() : null;

    /// <summary>A header as text, whatever JSON type the API gave it.</summary>
    public string? Header(string name) =>
        Headers[name] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonNode node => node.ToJsonString(),
        };

    /// <summary>The payload as text: the API sends UTF-8 payloads as strings and anything else as base64.</summary>
    public string PayloadText() =>
        PayloadEncoding == "base64" ? Encoding.UTF8.GetString(Convert.FromBase64String(Payload)) : Payload;
}
