using System.IO.Compression;
using System.Text;

namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>
/// Reads WikiFANE (Arabic Wikipedia, 50 fine entity types, clitics split off as tokens) as PER/ORG/LOC/MISC sentences
/// in the tokenization of ANERcorp and of the engine: split proclitics and pronoun suffixes are joined back to their
/// word, and the fine types are mapped to the four coarse ones.
/// </summary>
public static class WikiFaneCorpus
{
    // Single-letter proclitics written as tokens of their own (و جوبا, ب القاهرة) and the pronoun suffixes (مدن ها).
    private static readonly HashSet<string> s_proclitics = ["و", "ف", "ب", "ل", "ك"];
    private static readonly HashSet<string> s_enclitics = ["ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما", "كن"];

    private static readonly HashSet<string> s_persons =
    [
        "Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Police", "Athlete", "Businessperson",
        "Engineer", "Lawyer",
    ];

    private static readonly HashSet<string> s_organizations =
    [
        "Commercial", "Non-Governmental", "Government", "Educational", "Media", "Sports", "Religious_ORG",
        "Medical-Science", "Entertainment",
    ];

    // ACE's GPE, LOC and FAC types: ANERcorp tags countries, cities, regions and named places alike as LOC.
    private static readonly HashSet<string> s_locations =
    [
        "Population-Center", "Nation", "Water-Body", "State-or-Province", "Continent", "GPE-Cluster",
        "Land-Region-Natural", "County-or-District", "Celestial", "Building-Grounds", "Path", "Airport",
        "Subarea-Facility",
    ];

    /// <summary>
    /// The coarse type of a WikiFANE fine type: PER, ORG, LOC, or null for the rest. Groups (nationalities, tribes)
    /// are not ANERcorp persons; products, vehicles and weapons are not its MISC (events, languages, prizes), so both
    /// read as O rather than teach the model another corpus's notion of MISC.
    /// </summary>
    public static string? CoarseType(string fine)
    {
        ArgumentNullException.ThrowIfNull(fine);
        return s_persons.Contains(fine) ? "PER"
            : s_organizations.Contains(fine) ? "ORG"
            : s_locations.Contains(fine) ? "LOC"
            : null;
    }

    /// <summary>Reads the file, gzipped or not.</summary>
    public static IReadOnlyList<ConllSentence> Read(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    /// <summary>Reads TOKEN TAB TAG lines, sentences separated by blank (or tab-only) lines.</summary>
    public static IReadOnlyList<ConllSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // Most tokens start with an invisible left-to-right mark, and the file with a byte order mark.
        string text = reader.ReadToEnd().Replace("\u200E", string.Empty, StringComparison.Ordinal).Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        return [.. ConllCorpus.Read(new StringReader(text)).Select(sentence => JoinClitics(sentence.Tokens, [.. sentence.Tags.Select(MapTag)]))];
    }

    private static string MapTag(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return "O";
        }

        return CoarseType(tag[2..]) is { } coarse ? $"{tag[..2]}{coarse}" : "O";
    }

    // و + جوبا → وجوبا tagged as جوبا, و + ب + القاهرة → وبالقاهرة; مدن + ها → مدنها tagged as مدن. A proclitic inside a
    // name (البوسنة و الهرسك) keeps its own I- tag.
    private static ConllSentence JoinClitics(IReadOnlyList<string> tokens, IReadOnlyList<string> tags)
    {
        var joinedTokens = new List<string>(tokens.Count);
        var joinedTags = new List<string>(tags.Count);
        string prefix = string.Empty;
        string prefixTag = "O";
        for (int i = 0; i < tokens.Count; i++)
        {
            if (s_proclitics.Contains(tokens[i]) && i + 1 < tokens.Count && IsArabicWord(tokens[i + 1]))
            {
                prefixTag = prefix.Length == 0 ? tags[i] : prefixTag;
                prefix += tokens[i];
                continue;
            }

            if (prefix.Length == 0 && s_enclitics.Contains(tokens[i]) && joinedTokens.Count > 0 && IsArabicWord(joinedTokens[^1]))
            {
                joinedTokens[^1] += tokens[i];
                continue;
            }

            joinedTokens.Add(prefix + tokens[i]);
            joinedTags.Add(prefix.Length > 0 && prefixTag != "O" ? prefixTag : tags[i]);
            prefix = string.Empty;
            prefixTag = "O";
        }

        return new ConllSentence(joinedTokens, joinedTags);
    }

    private static bool IsArabicWord(string token) => token.Length > 0 && token[0] is >= '\u0621' and <= '\u064A';
}
