using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Training;

// Leave-fold-out training lexicons over contiguous folds (contiguous so that a document's own names, repeated in
// neighbouring sentences, do not leak into the lexicon its sentences see).
internal static class TrainingLexiconFolds
{
    // The training lexicon each training sentence sees: built from the other folds, so that the model learns how
    // much a word's history is worth for words it has not already memorized; and the one the model ships with.
    public static (TrainingLexicon[] PerSentence, TrainingLexicon All) Build(IReadOnlyList<ConllSentence> sentences, List<(string Text, IReadOnlyList<Token> Tokens)> joined, int folds)
    {
        var buffer = new char[TokenAnalyzer.MaxChars];
        var tagged = new List<(ulong[] Stems, int[] Labels)>(sentences.Count);
        for (int s = 0; s < sentences.Count; s++)
        {
            (string text, IReadOnlyList<Token> tokens) = joined[s];
            var stems = new ulong[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                stems[i] = tokens[i].Kind == TokenKind.Punctuation ? 0 : TokenAnalyzer.Analyze(tokens[i].Slice(text), tokens[i].Kind, buffer, 0).Stem;
            }

            tagged.Add((stems, NerTrainer.Repair([.. sentences[s].Tags.Select(NerLabels.Parse)])));
        }

        var perSentence = new TrainingLexicon[sentences.Count];
        for (int fold = 0; fold < folds; fold++)
        {
            int from = (int)((long)sentences.Count * fold / folds);
            int to = (int)((long)sentences.Count * (fold + 1) / folds);
            TrainingLexicon lexicon = TrainingLexicon.Build([.. tagged[..from], .. tagged[to..]]);
            for (int s = from; s < to; s++)
            {
                perSentence[s] = lexicon;
            }
        }

        return (perSentence, TrainingLexicon.Build(tagged));
    }
}
