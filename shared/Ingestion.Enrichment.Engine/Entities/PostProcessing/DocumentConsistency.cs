using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// One article, one reading: a string tagged once gets the same type at its untagged occurrences (clitics allowed
// in front), and a person's family name alone (زيارة بلينكن) is that person.
internal sealed class DocumentConsistency(WordClassifier words)
{
    private const double PropagatedConfidence = 0.5;

    // The legal-form words after an English company's name (Jayark Corp., Waxman Industries Inc.).
    private static readonly HashSet<string> s_companyForms = new(["inc", "corp", "co", "cos", "ltd", "plc", "llc", "corporation", "incorporated", "limited"], StringComparer.OrdinalIgnoreCase);

    public void Apply(string text, TokenIndex index, CandidateSet candidates, bool english)
    {
        var known = new PhraseGazetteer();
        var companies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (EntityCandidate candidate in candidates.Items)
        {
            string[] phrase = WordsOf(text, candidate);
            if (phrase.Length == 0 || (phrase.Length == 1 && !IsDistinctive(phrase[0])))
            {
                continue;
            }

            known.Add(phrase, candidate.Type);
            if (english && candidate.Type == EntityTypes.Organization && phrase.Length >= 2 && s_companyForms.Contains(phrase[^1]) && IsDistinctive(phrase[0]))
            {
                known.Add(phrase[..^1], EntityTypes.Organization);
                companies.Add(string.Join(' ', phrase[..^1]));
                // "Kyle Technology Corp." ... "a spokesman for Kyle": the first word alone names the company too,
                // when it is no place or nationality and the story never writes it in lower case.
                if (phrase.Length >= 3 && IsCompanyHead(phrase[0], index.Tokens))
                {
                    known.Add(phrase[..1], EntityTypes.Organization);
                    companies.Add(phrase[0]);
                }
            }
            if (candidate.Type == EntityTypes.Person && phrase.Length >= 2 && IsFamilyName(phrase[^1]))
            {
                known.Add([phrase[^1]], EntityTypes.Person);
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        // A company named once with its legal form is that company when named without it ("Jayark Corp." ...
        // "Jayark said"), whatever type the model gave the short name.
        foreach (EntityCandidate candidate in candidates.Items)
        {
            if (companies.Count > 0 && candidate.Type != EntityTypes.Organization && companies.Contains(string.Join(' ', WordsOf(text, candidate))))
            {
                candidate.Type = EntityTypes.Organization;
            }
        }

        SurfaceToken[] tokens = index.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || (english && !tokens[i].IsCapitalized) || known.Match(tokens, i, allowClitics: !english) is not { } match)
            {
                continue;
            }

            int start = tokens[i].OffsetAfter(text, match.CliticLength);
            int end = tokens[match.EndToken - 1].End;
            if (candidates.IsFree(start, end))
            {
                candidates.AddRule(new EntityCandidate(start, end, match.Type, PropagatedConfidence, fromRule: true));
            }

            i = match.EndToken - 1;
        }
    }

    // The mention's own words: a mention starting inside a word (الكويت of والكويت) must not bring its clitic.
    public static string[] WordsOf(string text, EntityCandidate candidate) =>
        Tokenizer.Words(text[candidate.Start..candidate.End]).Where(static t => t.IsWord).Select(static t => t.Folded).ToArray();

    private bool IsDistinctive(string word) =>
        word.Length >= 3 && !words.IsTemporal(word) && !words.IsFunctionWord(word) && !words.IsTitle(word) && !char.IsDigit(word[0]);

    private bool IsCompanyHead(string word, SurfaceToken[] tokens) =>
        IsDistinctive(word) && !words.StartsGazetteer(word) && !words.IsCommonWord(word) && !EnglishGazetteers.Default.IsDemonym(word)
        && !Array.Exists(tokens, t => t.IsWord && !t.IsCapitalized && t.Folded == word);

    // A family name with ال (الصباح "the morning") is too often a common word to be propagated alone.
    // Three letters or fewer (ذكر، هود) is too often a common word as well.
    // A frequent common word (وسوف) the model glued to a name is no family name either.
    private bool IsFamilyName(string word) =>
        IsDistinctive(word) && word.Length >= 4 && !word.StartsWith("ال", StringComparison.Ordinal) && !words.IsCommonWord(word);
}
