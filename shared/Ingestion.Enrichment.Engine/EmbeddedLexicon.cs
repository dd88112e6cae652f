using System.Text.Json;

namespace Ingestion.Enrichment.Engine;

// The one reader of the embedded word lists under Resources/: each file is read here, and its readers take the
// columns they need. Text lists come as their non-empty lines that are not comments ('#'), untrimmed.
internal static class EmbeddedLexicon
{
    private const string Prefix = "Ingestion.Enrichment.Engine.Resources.";

    public static List<string> Lines(string path)
    {
        using Stream stream = Open(path);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    public static List<string[]> Rows(string path) => [.. Lines(path).Select(static line => line.Split('\t'))];

    // The locales whose CLDR territory names are embedded (ar, ar-EG, ..., en).
    public static IEnumerable<string> TerritoryLocales() =>
        typeof(EmbeddedLexicon).Assembly.GetManifestResourceNames()
            .Where(static name => name.StartsWith(Prefix + "Lexicons/cldr/", StringComparison.Ordinal) && name.EndsWith("/territories.json", StringComparison.Ordinal))
            .Select(static name => name[(Prefix + "Lexicons/cldr/").Length..^"/territories.json".Length]);

    // A locale's CLDR territory names by code (KW, 002, EU, ...), in the file's order.
    public static List<(string Code, string? Name)> Territories(string locale)
    {
        using Stream stream = Open($"Lexicons/cldr/{locale}/territories.json");
        using JsonDocument json = JsonDocument.Parse(stream);
        var names = new List<(string, string?)>();
        foreach (JsonProperty main in json.RootElement.GetProperty("main").EnumerateObject())
        {
            foreach (JsonProperty territory in main.Value.GetProperty("localeDisplayNames").GetProperty("territories").EnumerateObject())
            {
                names.Add((territory.Name, territory.Value.GetString()));
            }
        }

        return names;
    }

    private static Stream Open(string path) =>
        typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream(Prefix + path)
        ?? throw new InvalidOperationException($"Missing embedded resource {Prefix + path}.");
}
