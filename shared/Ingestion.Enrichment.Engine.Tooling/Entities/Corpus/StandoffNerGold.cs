using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;

namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>
/// Reads gold entities kept apart from the text they annotate, for corpora whose text may not be copied: one JSON
/// object per line with <c>source</c> (a path under a text root; a TimeML <c>.tml</c> file is read as the text of its
/// <c>TEXT</c> element, as <see cref="TimeMlReader"/> strips it), <c>sha256</c> of that text (UTF-8, hex),
/// <c>language</c>, <c>part</c> ("dev" or "test") and <c>entities</c>: objects with <c>start</c>, <c>end</c> (UTF-16
/// offsets, end exclusive) and <c>type</c> (PER, ORG, LOC or MISC).
/// </summary>
public static class StandoffNerGold
{
    private static readonly HashSet<string> s_types = ["PER", "ORG", "LOC", "MISC"];

    public static IReadOnlyList<StandoffNerDocument> Read(string goldFile, string textRoot)
    {
        var documents = new List<StandoffNerDocument>();
        int line = 0;
        foreach (string json in File.ReadLines(goldFile))
        {
            line++;
            if (!string.IsNullOrWhiteSpace(json))
            {
                documents.Add(ReadLine(json, $"{Path.GetFileName(goldFile)}:{line}", textRoot));
            }
        }

        return documents;
    }

    /// <summary>The text a <c>source</c> names under <paramref name="textRoot"/>.</summary>
    public static string LoadText(string source, string textRoot)
    {
        string path = Path.Combine(textRoot, source);
        return source.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) ? TimeMlReader.Read(path).Text : StandoffGoldReader.LoadText(source, textRoot);
    }

    private static StandoffNerDocument ReadLine(string json, string where, string textRoot)
    {
        using JsonDocument line = JsonDocument.Parse(json);
        JsonElement root = line.RootElement;
        string source = Required(root, "source", where);
        string text = LoadText(source, textRoot);
        if (!string.Equals(StandoffGoldReader.Hash(text), Required(root, "sha256", where), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{where}: the text of {source} is not the annotated one (SHA-256 differs).");
        }

        var gold = new List<EntityAnnotation>();
        foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
        {
            int start = e.GetProperty("start").GetInt32();
            int end = e.GetProperty("end").GetInt32();
            string type = Required(e, "type", where);
            if (start < 0 || end <= start || end > text.Length)
            {
                throw new InvalidDataException($"{where}: span {start}-{end} lies outside the text of {source}.");
            }

            if (!s_types.Contains(type))
            {
                throw new InvalidDataException($"{where}: entity type '{type}' is not PER, ORG, LOC or MISC.");
            }

            gold.Add(new EntityAnnotation { Text = text[start..end], Type = type, Start = start, End = end });
        }

        gold.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        string language = root.TryGetProperty("language", out JsonElement lang) ? lang.GetString() ?? "en" : "en";
        return new StandoffNerDocument(source, text, language, Required(root, "part", where), gold);
    }

    private static string Required(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new InvalidDataException($"{where}: '{name}' is missing or empty.");
}
