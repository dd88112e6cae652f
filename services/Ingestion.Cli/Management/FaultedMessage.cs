using System.Globalization;
using System.Text.Json;

namespace Ingestion.Cli.Management;

/// <summary>
/// What an operator needs to know about a message in an error queue: why it failed (MassTransit's <c>MT-Fault-*</c>
/// headers), when, and which article and file it concerns (read from MassTransit's JSON envelope).
/// </summary>
public sealed record FaultedMessage(
    string Queue,
    string? MessageId,
    string? ExceptionType,
    string? ExceptionMessage,
    DateTimeOffset? Time,
    string? MessageType,
    string? ArticleId,
    string? FileName)
{
    public static FaultedMessage From(string queue, QueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Envelope envelope = Envelope.Read(message);
        return new FaultedMessage(
            queue,
            message.MessageId ?? envelope.MessageId,
            message.Header("MT-Fault-ExceptionType"),
            message.Header("MT-Fault-Message") ?? message.Header("MT-Reason"),
            ParseTime(message.Header("MT-Fault-Timestamp")) ?? envelope.SentTime ?? UnixTime(message),
            envelope.MessageType,
            envelope.ArticleId,
            envelope.FileName);
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) ? time : null;

    private static DateTimeOffset? UnixTime(QueueMessage message) =>
        message.Properties["timestamp"]?.GetValueKind() == JsonValueKind.Number
            ? DateTimeOffset.FromUnixTimeSeconds(message.Properties["timestamp"]!.GetValue<long>())
            : null;

    private sealed record Envelope(string? MessageId, DateTimeOffset? SentTime, string? MessageType, string? ArticleId, string? FileName)
    {
        private static readonly Envelope s_none = new(null, null, null, null, null);

        public static Envelope Read(QueueMessage message)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(message.PayloadText());
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return s_none;
                }

                JsonElement body = Property(root, "message");
                return new Envelope(
                    Text(root, "messageId"),
                    ParseTime(Text(root, "sentTime")),
                    MessageTypeOf(root),
                    Text(body, "articleId"),
                    Text(Property(body, "origin"), "fileName") ?? Text(Property(body, "source"), "fileName"));
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                // A payload that is not a MassTransit envelope still gets listed, with its headers.
                return s_none;
            }
        }

        private static string? MessageTypeOf(JsonElement root)
        {
            JsonElement types = Property(root, "messageType");
            string? first = types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0 ? types[0].GetString() : null;
            return first is null ? null : first[(first.LastIndexOf(':') + 1)..];
        }

        private static JsonElement Property(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) ? value : default;

        private static string? Text(JsonElement element, string name) =>
            Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
    }
}
