namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// One spec file: how many cases, how many pass, the failures, and the failing cases whose expectation is disputed
/// (listed in <c>disputed.tsv</c>; neither passes nor failures, and left out of <see cref="PassRate"/>).
/// </summary>
public sealed record DateSpecFileResult(
    string File,
    int Cases,
    int Passed,
    IReadOnlyList<DateSpecCaseResult> Failures,
    IReadOnlyList<DateSpecCaseResult> Disputed)
{
    /// <summary>Passed over the undisputed cases.</summary>
    public double PassRate => Cases - Disputed.Count == 0 ? 0 : (double)Passed / (Cases - Disputed.Count);
}
