namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>The result of <see cref="DateSpecEvaluator.Evaluate"/>: one entry per spec file, and the extractor totals.</summary>
public sealed record DateSpecReport(IReadOnlyList<DateSpecFileResult> Files)
{
    /// <summary>The spec files the acceptance target is about.</summary>
    public static readonly IReadOnlyList<string> ExtractorTargets =
        ["DateExtractor.json", "DatePeriodExtractor.json", "DurationExtractor.json", "TimeExtractor.json"];

    /// <summary>Cases of the four target extractor files, disputed ones excluded.</summary>
    public int ExtractorCases => Targets.Sum(f => f.Cases - f.Disputed.Count);

    public int ExtractorPassed => Targets.Sum(f => f.Passed);

    public double ExtractorPassRate => ExtractorCases == 0 ? 0 : (double)ExtractorPassed / ExtractorCases;

    private IEnumerable<DateSpecFileResult> Targets => Files.Where(f => ExtractorTargets.Contains(f.File, StringComparer.OrdinalIgnoreCase));
}
