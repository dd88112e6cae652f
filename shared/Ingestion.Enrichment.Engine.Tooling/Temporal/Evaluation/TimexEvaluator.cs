using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// Scores a temporal tagger against gold TIMEX3 with the TempEval-3 measures (see <see cref="TimexScore"/>), each
/// document tagged with its own creation date as the reference.
/// </summary>
public sealed class TimexEvaluator
{
    private readonly ITemporalTagger _tagger;

    public TimexEvaluator(ITemporalTagger tagger) => _tagger = tagger;

    public TimexReport Evaluate(IEnumerable<TimexDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var byType = new Dictionary<string, TimexScore>(StringComparer.Ordinal);
        var mismatches = new List<TimexMismatch>();
        TimexScore overall = TimexScore.Zero;
        int count = 0;
        foreach (TimexDocument document in documents)
        {
            count++;
            IReadOnlyList<TemporalAnnotation> system = _tagger.Tag(document.Text, document.Language, document.CreationDate);
            overall += Score(document, system, byType, mismatches);
        }

        return new TimexReport(count, overall, byType, mismatches);
    }

    private static TimexScore Score(TimexDocument document, IReadOnlyList<TemporalAnnotation> system, Dictionary<string, TimexScore> byType, List<TimexMismatch> mismatches)
    {
        // One to one: an exact-span partner first, else the first overlapping one not yet taken.
        var taken = new bool[system.Count];
        var pairs = new List<(TemporalAnnotation Gold, TemporalAnnotation System)>();
        foreach (TemporalAnnotation gold in document.Gold)
        {
            int match = -1;
            for (int i = 0; i < system.Count && match < 0; i++)
            {
                match = !taken[i] && system[i].Start == gold.Start && system[i].End == gold.End ? i : -1;
            }

            for (int i = 0; i < system.Count && match < 0; i++)
            {
                match = !taken[i] && system[i].Start < gold.End && gold.Start < system[i].End ? i : -1;
            }

            if (match < 0)
            {
                mismatches.Add(new TimexMismatch(document.Id, gold, null));
                Add(byType, gold.Type, TimexScore.Zero with { Gold = 1 });
                continue;
            }

            taken[match] = true;
            TemporalAnnotation s = system[match];
            pairs.Add((gold, s));
            var score = new TimexScore(
                Gold: 1,
                System: 0,
                Strict: s.Start == gold.Start && s.End == gold.End ? 1 : 0,
                Relaxed: 1,
                TypeCorrect: s.Type == gold.Type ? 1 : 0,
                ValueCorrect: s.Value == gold.Value ? 1 : 0);
            Add(byType, gold.Type, score);
            if (score.Strict == 0 || score.TypeCorrect == 0 || score.ValueCorrect == 0)
            {
                mismatches.Add(new TimexMismatch(document.Id, gold, s));
            }
        }

        for (int i = 0; i < system.Count; i++)
        {
            Add(byType, system[i].Type, TimexScore.Zero with { System = 1 });
            if (!taken[i])
            {
                mismatches.Add(new TimexMismatch(document.Id, null, system[i]));
            }
        }

        return new TimexScore(
            document.Gold.Count,
            system.Count,
            pairs.Count(p => p.Gold.Start == p.System.Start && p.Gold.End == p.System.End),
            pairs.Count,
            pairs.Count(p => p.Gold.Type == p.System.Type),
            pairs.Count(p => p.Gold.Value == p.System.Value));
    }

    private static void Add(Dictionary<string, TimexScore> byType, string type, TimexScore score) =>
        byType[type] = byType.GetValueOrDefault(type, TimexScore.Zero) + score;
}
