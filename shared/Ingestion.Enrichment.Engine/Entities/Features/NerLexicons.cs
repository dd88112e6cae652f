using Ingestion.Enrichment.Engine.Entities.Representations;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// Place and organization names and person titles from the embedded lexicons, read once per process.
internal sealed class NerLexicons
{
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
    private readonly GivenNames _givenNames = new();
    private readonly HashSet<ulong> _organizationHeads = [];

    public Gazetteer Locations { get; } = new();

    public Gazetteer Organizations { get; } = new();

    /// <summary>Word clusters learned from unlabelled Arabic news, when the engine ships them (a separate resource).</summary>
    public WordClusters? Clusters { get; private set; }

    public static NerLexicons Default => s_default.Value;

    public bool IsTitle(in TokenInfo info) => _titles.Contains(info.Norm) || _titles.Contains(info.Stem);

    public bool IsGivenName(in TokenInfo info, ReadOnlySpan<char> word) => _givenNames.Contains(info, word);

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
        foreach (string line in ReadLines("Lexicons/countries/countries_ar_en.tsv").Skip(1))
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

        foreach (string locale in EmbeddedLexicon.TerritoryLocales())
        {
            // Numeric codes are continents and regions (العالم, أفريقيا): still places.
            foreach ((string Code, string? Name) territory in EmbeddedLexicon.Territories(locale))
            {
                if (territory.Name is { Length: > 2 } name)
                {
                    lexicons.Locations.Add(name);
                }
            }
        }

        foreach (string line in ReadLines("Gazetteers/locations.txt"))
        {
            lexicons.Locations.Add(line);
        }

        foreach (string line in ReadLines("Gazetteers/person_first_names.txt"))
        {
            lexicons._givenNames.Add(line);
        }

        foreach (string line in ReadLines("Gazetteers/organization_triggers.txt"))
        {
            AddWord(lexicons._organizationHeads, line);
        }

        // The columns the shipped models were trained with: an agency's model_names, a title's model flag.
        foreach (string[] columns in EmbeddedLexicon.Rows("Agencies/news_agencies.tsv"))
        {
            foreach (string name in columns[5].Split('|'))
            {
                if (name.Length > 1)
                {
                    lexicons.Organizations.Add(name);
                }
            }
        }

        foreach (string[] columns in EmbeddedLexicon.Rows("Lexicons/person_titles.tsv"))
        {
            if (columns.Length > 2 && columns[2] == "model")
            {
                lexicons.AddTitle(columns[0].Trim());
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

    private static IEnumerable<string> ReadLines(string relativePath) => EmbeddedLexicon.Lines(relativePath).Select(static line => line.Trim());
}
