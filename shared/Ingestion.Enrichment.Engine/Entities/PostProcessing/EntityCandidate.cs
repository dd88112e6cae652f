namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// A mention being post-processed: mutable because the rules trim, retype and replace mentions.
internal sealed class EntityCandidate(int start, int end, string type, double confidence, bool fromRule)
{
    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public string Type { get; set; } = type;

    public double Confidence { get; set; } = confidence;

    // True when a rule of the overlay found it rather than the inner recognizer.
    public bool FromRule { get; } = fromRule;

    public string? Role { get; set; }

    public bool Overlaps(int start, int end) => Start < end && start < End;

    public bool Contains(int start, int end) => Start <= start && end <= End;
}
