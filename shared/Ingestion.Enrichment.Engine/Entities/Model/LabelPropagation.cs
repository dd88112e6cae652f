using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Model;

// Document-level label consistency: a name tagged once is the same name when it is repeated in the document
// (بلينكن after آنثوني بلينكن, الأهلي after نادي الأهلي), so untagged repeats of a tagged word sequence take its type.
// Only sequences tagged with one type in the document are propagated, and only onto tokens tagged O.
internal static class LabelPropagation
{
    private const int MaxTokens = 4;

    // stems, when given, holds each sentence's token stems as DocumentContext computed them (0 for punctuation).
    public static void Apply(IReadOnlyList<(string Text, IReadOnlyList<Token> Tokens, int[] Labels)> sentences, IReadOnlyList<ulong[]>? knownStems = null)
    {
        var buffer = new char[TokenAnalyzer.MaxChars];
        var stems = new List<ulong[]>(sentences.Count);
        var types = new Dictionary<ulong, int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            (string text, IReadOnlyList<Token> tokens, int[] labels) = sentences[s];
            ulong[] sentenceStems = knownStems?[s] ?? new ulong[tokens.Count];
            for (int i = 0; knownStems is null && i < tokens.Count; i++)
            {
                sentenceStems[i] = tokens[i].Kind == TokenKind.Punctuation ? 0 : TokenAnalyzer.Analyze(tokens[i].Slice(text), tokens[i].Kind, buffer, 0).Stem;
            }

            stems.Add(sentenceStems);
            foreach ((int start, int end, int type) in NerLabels.Spans(labels))
            {
                if (end - start <= MaxTokens)
                {
                    Register(types, Key(sentenceStems, start, end), type);
                }

            }
        }

        if (types.Count == 0)
        {
            return;
        }

        for (int s = 0; s < sentences.Count; s++)
        {
            int[] labels = sentences[s].Labels;
            ulong[] sentenceStems = stems[s];
            int i = 0;
            while (i < labels.Length)
            {
                int type = -1;
                int length = labels[i] == 0 && sentenceStems[i] != 0 ? Match(sentenceStems, labels, i, types, out type) : 0;
                if (length == 0)
                {
                    i++;
                    continue;
                }

                labels[i] = 1 + (2 * type);
                for (int k = i + 1; k < i + length; k++)
                {
                    labels[k] = 2 + (2 * type);
                }

                i += length;
            }
        }
    }

    private static void Register(Dictionary<ulong, int> types, ulong key, int type) =>
        types[key] = types.TryGetValue(key, out int known) && known != type ? -1 : type;

    private static int Match(ulong[] stems, int[] labels, int start, Dictionary<ulong, int> types, out int type)
    {
        type = -1;
        int best = 0;
        for (int length = 1; length <= MaxTokens && start + length <= stems.Length; length++)
        {
            int last = start + length - 1;
            if (labels[last] != 0 || stems[last] == 0)
            {
                break;
            }

            if (types.TryGetValue(Key(stems, start, start + length), out int found) && found >= 0)
            {
                best = length;
                type = found;
            }
        }

        return best;
    }

    private static ulong Key(ulong[] stems, int start, int end)
    {
        ulong key = 0x51A7;
        for (int i = start; i < end; i++)
        {
            key = FeatureHash.Combine(key, stems[i]);
        }

        return key;
    }
}
