using System.Text;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>
/// Scores a whole recognizer, the model with the rules after it, as the pipeline runs it: gold sentences are joined
/// into documents of plain text, the recognizer annotates the text, and its spans are mapped back onto the gold tokens.
/// </summary>
/// <remarks>
/// An entity covers every token it overlaps, so a mention the rules trimmed of a clitic (والكويت → الكويت) still
/// lands on its whitespace token, as in corpora that tag whole tokens. Corpora without document breaks (ANERcorp) are
/// cut into blocks of <c>sentencesPerDocument</c> consecutive sentences.
/// </remarks>
public static class RecognizerEvaluator
{
    public static NerEvaluation Evaluate(IEntityRecognizer recognizer, string language, IReadOnlyList<ConllSentence> gold, int sentencesPerDocument = 20)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        var predictions = new List<IReadOnlyList<string>>(gold.Count);
        for (int first = 0; first < gold.Count; first += sentencesPerDocument)
        {
            List<ConllSentence> block = [.. gold.Skip(first).Take(sentencesPerDocument)];
            (string text, List<(int Start, int End)[]> offsets) = Join(block);
            string[][] tags = [.. block.Select(sentence => Enumerable.Repeat("O", sentence.Tokens.Count).ToArray())];
            foreach (EntityAnnotation entity in recognizer.Recognize(text, language))
            {
                Project(entity, offsets, tags);
            }

            predictions.AddRange(tags);
        }

        return NerEvaluator.Score(gold, predictions);
    }

    private static (string Text, List<(int Start, int End)[]> Offsets) Join(List<ConllSentence> block)
    {
        var text = new StringBuilder();
        var offsets = new List<(int Start, int End)[]>(block.Count);
        foreach (ConllSentence sentence in block)
        {
            var spans = new (int Start, int End)[sentence.Tokens.Count];
            for (int t = 0; t < sentence.Tokens.Count; t++)
            {
                if (t > 0)
                {
                    text.Append(' ');
                }

                spans[t] = (text.Length, text.Length + sentence.Tokens[t].Length);
                text.Append(sentence.Tokens[t]);
            }

            text.Append('\n');
            offsets.Add(spans);
        }

        return (text.ToString(), offsets);
    }

    private static void Project(EntityAnnotation entity, List<(int Start, int End)[]> offsets, string[][] tags)
    {
        for (int s = 0; s < offsets.Count; s++)
        {
            bool inside = false;
            for (int t = 0; t < offsets[s].Length; t++)
            {
                (int start, int end) = offsets[s][t];
                if (start < entity.End && entity.Start < end)
                {
                    tags[s][t] = (inside ? "I-" : "B-") + entity.Type;
                    inside = true;
                }
            }
        }
    }
}
