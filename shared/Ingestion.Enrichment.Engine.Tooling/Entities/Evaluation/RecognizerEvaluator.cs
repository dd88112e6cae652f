using System.Text;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Text;

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
            List<EntityAnnotation> entities = [.. recognizer.Recognize(text, language)];
            predictions.AddRange(offsets.Select(sentence => Tags(entities, sentence)));
        }

        return NerEvaluator.Score(gold, predictions);
    }

    /// <summary>
    /// Scores a recognizer on whole documents with stand-off gold: the recognizer reads each document's own text, and
    /// both the gold and the predicted spans are laid onto the engine's tokens (an entity covers every token it
    /// overlaps), one "sentence" per document, so the scores count entities as <see cref="NerEvaluator"/> does.
    /// </summary>
    /// <returns>The scores, and the documents as token sentences with their gold tags (the predictions' order).</returns>
    public static (NerEvaluation Evaluation, IReadOnlyList<ConllSentence> Gold) Evaluate(IEntityRecognizer recognizer, IReadOnlyList<StandoffNerDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(documents);
        var gold = new List<ConllSentence>(documents.Count);
        var predictions = new List<IReadOnlyList<string>>(documents.Count);
        foreach (StandoffNerDocument document in documents)
        {
            (int Start, int End)[] offsets = [.. Tokenizer.Tokenize(document.Text).Select(static t => (t.Start, t.End))];
            string[] tokens = [.. offsets.Select(o => document.Text[o.Start..o.End])];
            gold.Add(new ConllSentence(tokens, Tags(document.Gold, offsets)));
            predictions.Add(Tags(recognizer.Recognize(document.Text, document.Language), offsets));
        }

        return (NerEvaluator.Score(gold, predictions), gold);
    }

    private static string[] Tags(IEnumerable<EntityAnnotation> entities, (int Start, int End)[] offsets)
    {
        string[] tags = [.. Enumerable.Repeat("O", offsets.Length)];
        foreach (EntityAnnotation entity in entities)
        {
            bool inside = false;
            for (int t = 0; t < offsets.Length; t++)
            {
                (int start, int end) = offsets[t];
                if (start < entity.End && entity.Start < end)
                {
                    tags[t] = (inside ? "I-" : "B-") + entity.Type;
                    inside = true;
                }
            }
        }

        return tags;
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
}
