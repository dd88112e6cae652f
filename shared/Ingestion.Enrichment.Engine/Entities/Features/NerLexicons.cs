using System.Reflection;
using System.Text.Json;
using Ingestion.Enrichment.Engine.Entities.Representations;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// Place and organization names and person titles from the embedded lexicons, read once per process.
internal sealed class NerLexicons
{
    private const string ResourcePrefix = "Ingestion.Enrichment.Engine.Resources.";

    private static readonly Lazy<NerLexicons> s_default = new(LoadEmbedded);

    // English titles are few and stable; the Arabic ones come from the starter lexicon.
    private static readonly string[] s_englishTitles =
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "minister", "secretary", "senator", "sen",
        "governor", "gov", "king", "queen", "prince", "princess", "sheikh", "pope", "saint", "st", "sir", "lord", "lady",
        "judge", "justice", "rev", "reverend", "father", "captain", "capt", "general", "gen", "colonel", "col",
        "lieutenant", "lt", "sergeant", "sgt", "chancellor", "mayor", "ambassador", "chairman", "ceo", "coach", "emir",
    ];

    private readonly HashSet<ulong> _titles = [];
    private readonly HashSet<ulong> _givenNames = [];
    private readonly HashSet<ulong> _organizationHeads = [];

    public Gazetteer Locations { get; } = new();

    public Gazetteer Organizations { get; } = new();

    /// <summary>Word clusters learned from unlabelled Arabic news, when the engine ships them (a separate resource).</summary>
    public WordClusters? Clusters { get; private set; }

    public static NerLexicons Default => s_default.Value;

    public bool IsTitle(in TokenInfo info) => _titles.Contains(info.Norm) || _titles.Contains(info.Stem);

    public bool IsGivenName(in TokenInfo info) => _givenNames.Contains(info.Norm) || _givenNames.Contains(info.Stem);

    public bool IsOrganizationHead(in TokenInfo info) => _organizationHeads.Contains(info.Norm) || _organizationHeads.Contains(info.Stem);

    public void AddTitle(string title) => AddWord(_titles, title);

    private static void AddWord(HashSet<ulong> words, string title)
    {
        List<Token> tokens = Tokenizer.Tokenize(title);
        if (tokens.Count == 0)
        {
            return;
        }

        // The word next to the name is the one that signals it (رئيس الوزراء → الوزراء, الشيخ → الشيخ).
        Token last = tokens[^1];
        var buffer = new char[TokenAnalyzer.MaxChars];
        TokenInfo info = TokenAnalyzer.Analyze(last.Slice(title), last.Kind, buffer, 0);
        words.Add(info.Norm);
        words.Add(info.Stem);
    }

    private static NerLexicons LoadEmbedded()
    {
        var lexicons = new NerLexicons();
        Assembly assembly = typeof(NerLexicons).Assembly;
        foreach (string line in ReadLines(assembly, "Lexicons/countries/countries_ar_en.tsv").Skip(1))
        {
            string[] columns = line.Split('\t');
            foreach (int column in (int[])[2, 3, 4, 5, 6, 7])
            {
                if (column < columns.Length)
                {
                    foreach (string name in columns[column].Split('|'))
                    {
                        // Two-letter codes (AW, KW) would fire on every initialism.
                        if (name.Length > 2)
                        {
                            lexicons.Locations.Add(name);
                        }
                    }
                }
            }
        }

        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("/territories.json", StringComparison.Ordinal)))
        {
            AddTerritories(assembly, name, lexicons.Locations);
        }

        foreach (string line in ReadLines(assembly, "Gazetteers/locations.txt"))
        {
            lexicons.Locations.Add(line);
        }

        foreach (string line in ReadLines(assembly, "Gazetteers/person_first_names.txt"))
        {
            AddWord(lexicons._givenNames, line);
        }

        foreach (string line in ReadLines(assembly, "Gazetteers/organization_triggers.txt"))
        {
            AddWord(lexicons._organizationHeads, line);
        }

        foreach (string line in ReadLines(assembly, "Lexicons/starter/news_agencies.tsv"))
        {
            string[] columns = line.Split('\t');
            for (int column = 0; column < Math.Min(3, columns.Length); column++)
            {
                foreach (string name in columns[column].Split('|'))
                {
                    if (name.Length > 1)
                    {
                        lexicons.Organizations.Add(name);
                    }
                }
            }
        }

        foreach (string line in ReadLines(assembly, "Lexicons/starter/person_titles.tsv"))
        {
            foreach (string title in line.Split('\t')[0].Split('|'))
            {
                if (!title.Contains('<', StringComparison.Ordinal) && !title.Contains('(', StringComparison.Ordinal))
                {
                    lexicons.AddTitle(title.Trim());
                }
            }
        }

        foreach (string title in s_englishTitles)
        {
            lexicons.AddTitle(title);
        }

        if (NonCommercialResources.PathOf(NonCommercialResources.ClustersFile) is { } clusters)
        {
            using FileStream stream = File.OpenRead(clusters);
            lexicons.Clusters = WordClusters.Read(stream);
        }

        return lexicons;
    }

    private static void AddTerritories(Assembly assembly, string resource, Gazetteer gazetteer)
    {
        using Stream stream = assembly.GetManifestResourceStream(resource)!;
        using JsonDocument json = JsonDocument.Parse(stream);
        foreach (JsonProperty locale in json.RootElement.GetProperty("main").EnumerateObject())
        {
            JsonElement territories = locale.Value.GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (JsonProperty territory in territories.EnumerateObject())
            {
                // Numeric codes are continents and regions (العالم, أفريقيا): still places.
                if (territory.Value.GetString() is { Length: > 2 } name)
                {
                    gazetteer.Add(name);
                }
            }
        }
    }

    // Non-comment, non-empty lines of an embedded text resource; none when the resource is absent.
    private static IEnumerable<string> ReadLines(Assembly assembly, string relativePath)
    {
        using Stream? stream = assembly.GetManifestResourceStream(ResourcePrefix + relativePath);
        if (stream is null)
        {
            yield break;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Trim();
            }
        }
    }
}
