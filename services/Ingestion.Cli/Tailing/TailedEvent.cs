using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Ingestion.Cli.Tailing;

/// <summary>One event read from the wire as plain JSON (MassTransit's envelope, the event in <c>message</c>).</summary>
public sealed class TailedEvent
{
    public const string EnrichedExchange = "Ingestion.Contracts:ArticleEnriched";
    public const string StoredExchange = "Ingestion.Contracts:ArticleStored";

    private static readonly JsonSerializerOptions s_compact = new() { WriteIndented = false };

    private TailedEvent(string kind, JsonObject envelope, JsonObject message)
    {
        Kind = kind;
        Envelope = envelope;
        Message = message;
    }

    /// <summary><c>enriched</c> or <c>stored</c>.</summary>
    public string Kind { get; }

    public JsonObject Envelope { get; }

    public JsonObject Message { get; }

    public string? ArticleId => Message["articleId"]?.GetValue<string>();

    /// <summary>The event in a body, or null when it is not JSON or not one of ours.</summary>
    public static TailedEvent? Parse(ReadOnlySpan<byte> body)
    {
        JsonObject? envelope;
        try
        {
            envelope = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (envelope?["message"] is not JsonObject message || envelope["messageType"] is not JsonArray types)
        {
            return null;
        }

        string[] names = [.. types.Select(t => t?.GetValue<string>() ?? string.Empty)];
        string? kind = names.Contains("urn:message:" + EnrichedExchange) ? "enriched"
            : names.Contains("urn:message:" + StoredExchange) ? "stored"
            : null;
        return kind is null ? null : new TailedEvent(kind, envelope, message);
    }

    /// <summary>{event, messageId, sentTime, message} on one line.</summary>
    public string ToJsonLine() =>
        new JsonObject
        {
            ["event"] = Kind,
            ["messageId"] = Envelope["messageId"]?.DeepClone(),
            ["sentTime"] = Envelope["sentTime"]?.DeepClone(),
            ["message"] = Message.DeepClone(),
        }.ToJsonString(s_compact);

    /// <summary>A compact, escaped console line: time, kind, id, file, then what matters for the kind.</summary>
    public string ToMarkupLine()
    {
        string time = DateTimeOffset.TryParse(Envelope["sentTime"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset sent)
            ? sent.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : "--:--:--";
        string title = Text("title");
        if (Kind == "enriched")
        {
            int entities = (Message["entities"] as JsonArray)?.Count ?? 0;
            int dates = (Message["temporal"] as JsonArray)?.Count ?? 0;
            string file = Message["source"]?["fileName"]?.GetValue<string>() ?? string.Empty;
            return $"[grey]{time}[/] [blue]enriched[/] {Markup.Escape(ArticleId ?? "?")} [grey]{Markup.Escape(file)}[/] {Markup.Escape(Text("language"))} · {entities} entities · {dates} dates · {Markup.Escape(title)}";
        }

        return $"[grey]{time}[/] [green]stored[/]   {Markup.Escape(ArticleId ?? "?")} [grey]{Markup.Escape(Text("fileName"))}[/] {Markup.Escape(Text("store"))}:{Markup.Escape(Text("location"))} · {Markup.Escape(title)}";
    }

    private string Text(string name) => Message[name] is JsonValue value && value.TryGetValue(out string? text) ? text : string.Empty;
}
