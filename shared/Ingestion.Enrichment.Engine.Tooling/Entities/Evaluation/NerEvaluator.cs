using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>Scores tags against a gold corpus, CoNLL style: an entity counts only when its span and type both match.</summary>
public static class NerEvaluator
{
    /// <summary>
    /// Tags the gold sentences in order with the model, each read with its neighbours as its document (see
    /// <see cref="NerModel.DocumentWindow"/>), and scores the result.
    /// </summary>
    public static NerEvaluation Evaluate(NerModel model, IReadOnlyList<ConllSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        return Score(gold, model.TagCorpus([.. gold.Select(s => s.Tokens)]));
    }

    /// <summary>Scores given predictions (one tag list per gold sentence).</summary>
    public static NerEvaluation Score(IReadOnlyList<ConllSentence> gold, IReadOnlyList<IReadOnlyList<string>> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        int types = NerLabels.Types.Count;
        var goldCounts = new int[types];
        var predictedCounts = new int[types];
        var correctCounts = new int[types];
        for (int s = 0; s < gold.Count; s++)
        {
            HashSet<(int Start, int End, int Type)> expected = Spans(gold[s].Tags);
            HashSet<(int Start, int End, int Type)> actual = Spans(predictions[s]);
            foreach ((int _, int _, int type) in expected)
            {
                goldCounts[type]++;
            }

            foreach ((int start, int end, int type) in actual)
            {
                predictedCounts[type]++;
                if (expected.Contains((start, end, type)))
                {
                    correctCounts[type]++;
                }
            }
        }

        var perType = new Dictionary<string, EntityScore>();
        for (int t = 0; t < types; t++)
        {
            perType[NerLabels.Types[t]] = new EntityScore(goldCounts[t], predictedCounts[t], correctCounts[t]);
        }

        var micro = new EntityScore(goldCounts.Sum(), predictedCounts.Sum(), correctCounts.Sum());
        return new NerEvaluation(perType, micro, predictions);
    }

    /// <summary>Entity spans [start, end) with their type index; an I- after O or another type opens an entity.</summary>
    public static HashSet<(int Start, int End, int Type)> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new HashSet<(int, int, int)>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= tags.Count; i++)
        {
            int label = i < tags.Count ? NerLabels.Parse(tags[i]) : 0;
            int labelType = NerLabels.TypeOf(label);
            bool continues = label != 0 && !NerLabels.IsBegin(label) && labelType == type;
            if (!continues && type >= 0)
            {
                spans.Add((start, i, type));
                type = -1;
            }

            if (label != 0 && !continues)
            {
                start = i;
                type = labelType;
            }
        }

        return spans;
    }
}
