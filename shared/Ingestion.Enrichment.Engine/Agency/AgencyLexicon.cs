using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Agency;

// The dateline forms of every agency in the embedded lexicon, longest first so that the longest form wins.
internal static class AgencyLexicon
{
    private const string ResourcePath = "Agencies/news_agencies.tsv";

    private static readonly Lazy<AgencyForm[]> s_forms = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<AgencyForm> Forms => s_forms.Value;

    // Splits a form on its spaces and dots and folds each part, so أ.ش.أ and أ ش أ are one form.
    public static string[] SplitForm(string form, bool latin) =>
        form.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => latin ? part.ToUpperInvariant() : ArabicNormalizer.Normalize(part))
            .ToArray();

    private static AgencyForm[] Load()
    {
        var forms = new List<AgencyForm>();
        foreach (string[] columns in EmbeddedLexicon.Rows(ResourcePath))
        {
            // An agency without dateline forms is only a name the entity model reads (see the file's header).
            if (columns[1].Length == 0 || columns[3].Length == 0)
            {
                continue;
            }

            string[] arabic = columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries);
            string[] latin = columns[3].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var entry = new AgencyEntry(columns[0], arabic[0], columns[2], latin[0]);
            forms.AddRange(arabic.Select(f => new AgencyForm(entry, SplitForm(f, latin: false), IsLatin: false)));
            forms.AddRange(latin.Select(f => new AgencyForm(entry, SplitForm(f, latin: true), IsLatin: true)));
        }

        return [.. forms.OrderByDescending(static f => f.Length)];
    }
}
