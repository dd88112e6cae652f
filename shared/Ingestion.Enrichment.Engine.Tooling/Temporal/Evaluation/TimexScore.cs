namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// TempEval-3 counts and measures for TIMEX3. Gold and system expressions are paired one to one on overlap
/// (relaxed match); a strict match also has the same start and end. Type and value are compared over the relaxed
/// pairs only: the accuracy is correct / pairs, and the attribute F1 takes correct / system as precision and
/// correct / gold as recall, as the TE3 scorer does.
/// </summary>
public sealed record TimexScore(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    public static readonly TimexScore Zero = new(0, 0, 0, 0, 0, 0);

    public Measure StrictSpan => Measure.Of(Strict, System, Gold);

    public Measure RelaxedSpan => Measure.Of(Relaxed, System, Gold);

    public Measure Type => Measure.Of(TypeCorrect, System, Gold);

    public Measure Value => Measure.Of(ValueCorrect, System, Gold);

    public double TypeAccuracy => Relaxed == 0 ? 0 : (double)TypeCorrect / Relaxed;

    public double ValueAccuracy => Relaxed == 0 ? 0 : (double)ValueCorrect / Relaxed;

    public static TimexScore operator +(TimexScore a, TimexScore b) => a is null || b is null
        ? throw new ArgumentNullException(a is null ? nameof(a) : nameof(b))
        : new(a.Gold + b.Gold, a.System + b.System, a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);

    public static TimexScore Add(TimexScore a, TimexScore b) => a + b;

    /// <summary>Precision, recall and F1 of one criterion.</summary>
    public readonly record struct Measure(double Precision, double Recall, double F1)
    {
        public static Measure Of(int correct, int system, int gold)
        {
            double p = system == 0 ? 0 : (double)correct / system;
            double r = gold == 0 ? 0 : (double)correct / gold;
            return new Measure(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
