namespace Ingestion.Enrichment.Engine.Temporal.Rules;

// Offsets are in the normalized text until the tagger maps them back to the original.
internal readonly record struct TemporalCandidate(int Start, int End, string Type, string Value, string? Mod = null)
{
    public int Length => End - Start;
}
