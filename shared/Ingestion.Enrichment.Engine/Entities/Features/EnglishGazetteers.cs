using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// Word lists that only the English model reads, each as its own flag: city names (world-cities, noisy, so apart from
// the curated place names), nationalities and demonyms (MISC in newswire), the words that end or head an
// organisation's name, and Arabic given names in Latin script. Loaded on first use by an English model.
internal sealed class EnglishGazetteers
{
    private static readonly Lazy<EnglishGazetteers> s_default = new(Load);

    private readonly HashSet<ulong> _demonyms = [];
    private readonly HashSet<ulong> _organizationCues = [];
    private readonly HashSet<ulong> _givenNames = [];
    private readonly HashSet<ulong> _lowerCaseWords = [];

    public static EnglishGazetteers Default => s_default.Value;

    public Gazetteer Cities { get; } = new();

    public TokenFlags FlagsOf(in TokenInfo info)
    {
        TokenFlags flags = TokenFlags.None;
        if (_demonyms.Contains(info.Norm))
        {
            flags |= TokenFlags.Demonym;
        }

        if (_organizationCues.Contains(info.Norm))
        {
            flags |= TokenFlags.OrganizationCue;
        }

        if (_givenNames.Contains(info.Norm))
        {
            flags |= TokenFlags.LatinGivenName;
        }

        return flags;
    }

    /// <summary>
    /// As <see cref="IsLowerCaseWord(string)"/> for a normalized word, or for its stem when the list lacks an inflected
    /// form ("upsets" by "upset", "snatched" by "snatch"): headlines use verb forms the training text may not have.
    /// </summary>
    public bool IsLowerCaseForm(ReadOnlySpan<char> normalized)
    {
        if (_lowerCaseWords.Contains(FeatureHash.Of(normalized)))
        {
            return true;
        }

        foreach (string suffix in s_inflections)
        {
            if (normalized.Length >= suffix.Length + 3 && normalized.EndsWith(suffix, StringComparison.Ordinal)
                && _lowerCaseWords.Contains(FeatureHash.Of(normalized[..^suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_inflections = ["s", "es", "ed", "d", "ing", "ly"];

    /// <summary>
    /// Whether the English training text writes the word (as written or folded) in lower case more often than
    /// capitalised inside a sentence: a common word, read in lower case in a headline in capitals.
    /// </summary>
    public bool IsLowerCaseWord(string word) => _lowerCaseWords.Contains(FeatureHash.Of(TokenAnalyzer.Normalize(word)));

    // A nationality word ("American"), asked by the rules about a word already folded.
    public bool IsDemonym(string word) => _demonyms.Contains(FeatureHash.Of(TokenAnalyzer.Normalize(word)));

    private static EnglishGazetteers Load()
    {
        var gazetteers = new EnglishGazetteers();
        foreach (string line in EmbeddedLexicon.Lines("Gazetteers/English/cities.txt"))
        {
            gazetteers.Cities.Add(line.Trim());
        }

        foreach (string[] columns in EmbeddedLexicon.Rows("Lexicons/countries/countries_ar_en.tsv").Skip(1))
        {
            // demonym_en_m, demonym_en_f; newswire uses the plural for people ("Americans", "Iraqis").
            foreach (string demonym in columns.Skip(8).Take(2).Where(static d => d.Length > 2))
            {
                Add(gazetteers._demonyms, demonym);
                Add(gazetteers._demonyms, demonym.EndsWith('s') ? demonym : demonym + "s");
            }
        }

        foreach (string line in EmbeddedLexicon.Lines("Gazetteers/English/organization_cues.txt"))
        {
            Add(gazetteers._organizationCues, line.Trim());
        }

        foreach (string line in EmbeddedLexicon.Lines("Gazetteers/English/given_names_latin.txt"))
        {
            Add(gazetteers._givenNames, line.Trim());
        }

        foreach (string line in EmbeddedLexicon.Lines("Gazetteers/English/lowercase_words.txt"))
        {
            Add(gazetteers._lowerCaseWords, line.Trim());
        }

        return gazetteers;
    }

    private static void Add(HashSet<ulong> words, string word) => words.Add(FeatureHash.Of(TokenAnalyzer.Normalize(word)));
}
