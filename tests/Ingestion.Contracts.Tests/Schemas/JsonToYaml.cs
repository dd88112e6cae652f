using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ingestion.Contracts.Tests.Schemas;

/// <summary>
/// Writes JSON as block-style YAML. Strings that could read as anything else are written as JSON strings, which are
/// valid YAML double-quoted scalars, so the text always parses back to the same JSON.
/// </summary>
internal static partial class JsonToYaml
{
    private static readonly JsonSerializerOptions s_scalars = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(StringBuilder yaml, string key, JsonNode? value, int indent)
    {
        string pad = new(' ', indent);
        switch (value)
        {
            case JsonObject { Count: > 0 } node:
                yaml.Append(pad).Append(Key(key)).Append(":\n");
                foreach ((string name, JsonNode? child) in node)
                {
                    Write(yaml, name, child, indent + 2);
                }

                break;
            case JsonArray array when array.All(item => item is JsonValue or null):
                yaml.Append(pad).Append(Key(key)).Append(": [").AppendJoin(", ", array.Select(Scalar)).Append("]\n");
                break;
            case JsonArray array:
                // JSON is YAML's flow style; the generated schemas have no arrays of objects, so this stays rare.
                yaml.Append(pad).Append(Key(key)).Append(": ").Append(array.ToJsonString(s_scalars)).Append('\n');
                break;
            default:
                yaml.Append(pad).Append(Key(key)).Append(": ").Append(value is JsonObject ? "{}" : Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Key(string key) => PlainKey().IsMatch(key) ? key : Quote(key);

    private static string Scalar(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue text when text.TryGetValue(out string? s) => PlainText().IsMatch(s) && !IsReserved(s) ? s : Quote(s),
        _ => value.ToJsonString(),
    };

    private static bool IsReserved(string text) =>
        text.ToUpperInvariant() is "NULL" or "TRUE" or "FALSE" or "YES" or "NO" or "ON" or "OFF" or "Y" or "N" or "~";

    private static string Quote(string text) => JsonSerializer.Serialize(text, s_scalars);

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainKey();

    // Letters first, then nothing YAML gives a meaning to (no ':', '#', quotes, brackets, leading or trailing space).
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} _./()\-]*[\p{L}\p{N}.)]$|^[\p{L}]$")]
    private static partial Regex PlainText();
}
