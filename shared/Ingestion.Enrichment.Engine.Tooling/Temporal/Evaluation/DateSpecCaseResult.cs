namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>A case that did not pass: the input, what the spec expects, what the tagger gave, and for a disputed
/// case the reason from <c>disputed.tsv</c>. Expected and Got are "text=value" items joined by " | ".</summary>
public sealed record DateSpecCaseResult(string Input, string Expected, string Got, string? DisputeReason = null);
