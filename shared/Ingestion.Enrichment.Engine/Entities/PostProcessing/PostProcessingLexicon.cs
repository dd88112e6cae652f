using System.Collections.Frozen;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// The word lists the post-processing rules use, folded, loaded once from the assembly: titles, organization heads,
// function and time words, and a place/organization gazetteer built from the country lists, CLDR and places.tsv.
internal sealed class PostProcessingLexicon
{
    // CLDR codes that name groupings or placeholders, not places.
    private static readonly FrozenSet<string> s_nonPlaceTerritories = FrozenSet.ToFrozenSet(["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]);

    private static readonly Lazy<PostProcessingLexicon> s_default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostProcessingLexicon(
        FrozenDictionary<string, TitleKind> titles,
        FrozenSet<string> organizationHeads,
        FrozenDictionary<string, bool> functionWords,
        FrozenSet<string> temporalWords,
        FrozenSet<string> demonyms,
        FrozenSet<string> commonWords,
        PhraseGazetteer gazetteer)
    {
        Titles = titles;
        OrganizationHeads = organizationHeads;
        FunctionWords = functionWords;
        TemporalWords = temporalWords;
        Demonyms = demonyms;
        CommonWords = commonWords;
        Gazetteer = gazetteer;
    }

    public static PostProcessingLexicon Default => s_default.Value;

    public FrozenDictionary<string, TitleKind> Titles { get; }

    public FrozenSet<string> OrganizationHeads { get; }

    // Folded function word → true when it links a title to its complement (لدى، في).
    public FrozenDictionary<string, bool> FunctionWords { get; }

    public FrozenSet<string> TemporalWords { get; }

    // Nationality adjectives with ال (الكويتي، الأمريكي): part of a title, never of a name.
    public FrozenSet<string> Demonyms { get; }

    // Frequent newswire words that are almost never inside an entity (رفع، الجهاز، اتفاقيات، وسوف): never a name.
    public FrozenSet<string> CommonWords { get; }

    public PhraseGazetteer Gazetteer { get; }

    private static PostProcessingLexicon Load()
    {
        var titles = new Dictionary<string, TitleKind>(StringComparer.Ordinal);
        foreach (string[] row in ReadRows("Lexicons/person_titles.tsv").Where(static r => r[1].Length > 0))
        {
            titles.TryAdd(Fold(row[0]), row[1] == "honorific" ? TitleKind.Honorific : TitleKind.Office);
        }

        FrozenSet<string> heads = ReadRows("PostProcessing/organization_heads.tsv").Select(r => Fold(r[0])).ToFrozenSet(StringComparer.Ordinal);
        var functionWords = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (string[] row in ReadRows("PostProcessing/function_words.tsv"))
        {
            functionWords.TryAdd(Fold(row[0]), row.Length > 1 && row[1] == "link");
        }

        FrozenSet<string> temporal = ReadRows("PostProcessing/temporal_words.tsv").Select(r => Fold(r[0])).ToFrozenSet(StringComparer.Ordinal);
        FrozenSet<string> common = ReadRows("PostProcessing/common_words.tsv").Select(r => Fold(r[0])).ToFrozenSet(StringComparer.Ordinal);

        (PhraseGazetteer gazetteer, HashSet<string> countryWords) = BuildGazetteer(functionWords.Keys, temporal);
        return new PostProcessingLexicon(
            titles.ToFrozenDictionary(StringComparer.Ordinal),
            heads,
            functionWords.ToFrozenDictionary(StringComparer.Ordinal),
            temporal,
            BuildDemonyms(countryWords),
            common,
            gazetteer);
    }

    private static (PhraseGazetteer Gazetteer, HashSet<string> CountryWords) BuildGazetteer(IEnumerable<string> functionWords, FrozenSet<string> temporal)
    {
        var blocked = new HashSet<string>(functionWords, StringComparer.Ordinal);
        blocked.UnionWith(temporal);
        var gazetteer = new PhraseGazetteer();
        var countryWords = new HashSet<string>(StringComparer.Ordinal);
        var places = ReadRows("PostProcessing/places.tsv").ToList();
        foreach (string[] row in places.Where(r => r.Length > 1 && r[1] == "NONE"))
        {
            blocked.Add(Fold(row[0]));
        }

        void AddName(string name, string type)
        {
            // دولة قطر (official names): newswire tags the name, not "State of".
            if (name.Length < 2 || name.Contains('(', StringComparison.Ordinal) || name.StartsWith("دولة ", StringComparison.Ordinal))
            {
                return;
            }

            string[] words = SplitWords(name);
            if (words.Length > 0 && !(words.Length == 1 && blocked.Contains(words[0])))
            {
                gazetteer.Add(words, type);
                if (words.Length == 1)
                {
                    countryWords.Add(words[0]);
                }
            }
        }

        // Fixed organizations first: "مجلس الأمن" must stay an ORG even where a place list has a longer guess.
        foreach (string[] row in ReadRows("PostProcessing/organizations.tsv"))
        {
            AddName(row[0], EntityTypes.Organization);
        }

        foreach (string[] row in places.Where(r => r.Length < 2 || r[1] != "NONE"))
        {
            AddName(row[0], row.Length > 1 ? row[1] : EntityTypes.Location);
        }

        foreach (string[] row in ReadRows("Lexicons/countries/countries_ar_en.tsv").Skip(1))
        {
            // cca2 cca3 common_en official_en common_ar official_ar capital_en ...
            foreach (int column in new[] { 2, 3, 4, 5, 6 })
            {
                if (column < row.Length)
                {
                    AddName(row[column], EntityTypes.Location);
                }
            }
        }

        foreach (string locale in new[] { "ar", "en" })
        {
            foreach (string name in ReadTerritories(locale))
            {
                AddName(name, EntityTypes.Location);
            }
        }

        return (gazetteer, countryWords);
    }

    // الكويت → الكويتي، فرنسا → الفرنسي، السعودية → السعودي: nationality adjectives from single-word place names.
    private static FrozenSet<string> BuildDemonyms(HashSet<string> placeWords)
    {
        var demonyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in placeWords)
        {
            if (word.Length < 3 || !ArabicLetter(word[^1]))
            {
                continue;
            }

            string stem = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
            if (stem.EndsWith("يه", StringComparison.Ordinal))
            {
                stem = stem[..^2];
            }
            else if (stem[^1] is 'ا' or 'ه')
            {
                stem = stem[..^1];
            }

            if (stem.Length >= 2)
            {
                demonyms.Add("ال" + stem + "ي");
            }
        }

        return demonyms.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool ArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private static IEnumerable<string> ReadTerritories(string locale) =>
        EmbeddedLexicon.Territories(locale)
            .Where(static territory => territory.Code.Split('-')[0] is { Length: 2 } code && char.IsAsciiLetterUpper(code[0]) && !s_nonPlaceTerritories.Contains(code))
            .Select(static territory => territory.Name ?? string.Empty);

    private static string[] SplitWords(string name) =>
        Tokenizer.Words(name).Where(t => t.IsWord).Select(t => t.Folded).ToArray();

    private static string Fold(string word) => ArabicNormalizer.FoldWord(word.Trim());

    private static IEnumerable<string[]> ReadRows(string path) => EmbeddedLexicon.Rows(path);
}
