using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// Reads gold TIMEX3 kept apart from the text it annotates, for corpora whose text may not be copied: one JSON object
/// per line with <c>source</c> (a path under a text root; <c>file.zip#n</c> is the <c>content</c> of the n-th article
/// of the JSON array inside a SaudiNewsNet zip), <c>sha256</c> of that text (UTF-8, hex), <c>dct</c>,
/// <c>language</c>, <c>part</c> ("dev" or "test") and <c>timex</c>: objects with <c>start</c>, <c>end</c>
/// (UTF-16 offsets, end exclusive), <c>type</c>, <c>value</c> and optional <c>mod</c>.
/// </summary>
public static class StandoffGoldReader
{
    public static IReadOnlyList<TimexDocument> Read(string goldFile, string textRoot)
    {
        var documents = new List<TimexDocument>();
        var archives = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        try
        {
            int line = 0;
            foreach (string json in File.ReadLines(goldFile))
            {
                line++;
                if (!string.IsNullOrWhiteSpace(json))
                {
                    documents.Add(ReadLine(json, $"{Path.GetFileName(goldFile)}:{line}", textRoot, archives));
                }
            }
        }
        finally
        {
            foreach (JsonDocument archive in archives.Values)
            {
                archive.Dispose();
            }
        }

        return documents;
    }

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes: what <c>sha256</c> holds.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The text a <c>source</c> names under <paramref name="textRoot"/>.</summary>
    public static string LoadText(string source, string textRoot)
    {
        var archives = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        try
        {
            return LoadText(source, textRoot, archives);
        }
        finally
        {
            foreach (JsonDocument archive in archives.Values)
            {
                archive.Dispose();
            }
        }
    }

    private static TimexDocument ReadLine(string json, string where, string textRoot, Dictionary<string, JsonDocument> archives)
    {
        using JsonDocument line = JsonDocument.Parse(json);
        JsonElement root = line.RootElement;
        string source = Required(root, "source", where);
        string text = LoadText(source, textRoot, archives);
        string hash = Required(root, "sha256", where);
        if (!string.Equals(Hash(text), hash, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{where}: the text of {source} is not the annotated one (SHA-256 differs).");
        }

        if (!DateOnly.TryParseExact(Required(root, "dct", where), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly dct))
        {
            throw new InvalidDataException($"{where}: dct is not a yyyy-MM-dd date.");
        }

        var gold = new List<TemporalAnnotation>();
        foreach (JsonElement t in root.GetProperty("timex").EnumerateArray())
        {
            int start = t.GetProperty("start").GetInt32();
            int end = t.GetProperty("end").GetInt32();
            if (start < 0 || end <= start || end > text.Length)
            {
                throw new InvalidDataException($"{where}: span {start}-{end} lies outside the text of {source}.");
            }

            gold.Add(new TemporalAnnotation
            {
                Text = text[start..end],
                Start = start,
                End = end,
                Type = Required(t, "type", where),
                Value = Required(t, "value", where),
                Mod = t.TryGetProperty("mod", out JsonElement mod) && mod.ValueKind == JsonValueKind.String ? mod.GetString() : null,
            });
        }

        gold.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        string language = root.TryGetProperty("language", out JsonElement lang) ? lang.GetString() ?? "ar" : "ar";
        string part = root.TryGetProperty("part", out JsonElement p) ? p.GetString() ?? string.Empty : string.Empty;
        return new TimexDocument(source, text, language, dct, gold, part);
    }

    private static string LoadText(string source, string textRoot, Dictionary<string, JsonDocument> archives)
    {
        int hash = source.IndexOf(".zip#", StringComparison.Ordinal);
        if (hash < 0)
        {
            return File.ReadAllText(Path.Combine(textRoot, source));
        }

        string zip = source[..(hash + 4)];
        int index = int.Parse(source[(hash + 5)..], CultureInfo.InvariantCulture);
        if (!archives.TryGetValue(zip, out JsonDocument? articles))
        {
            using ZipArchive archive = ZipFile.OpenRead(Path.Combine(textRoot, zip));
            using Stream entry = archive.Entries.Single(e => e.Name.EndsWith(".json", StringComparison.Ordinal)).Open();
            articles = JsonDocument.Parse(entry);
            archives[zip] = articles;
        }

        return articles.RootElement[index].GetProperty("content").GetString() ?? string.Empty;
    }

    private static string Required(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out JsonElement value) && value.GetString() is { Length: > 0 } s
            ? s
            : throw new InvalidDataException($"{where}: '{name}' is missing or empty.");
}
