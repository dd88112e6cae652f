namespace Ingestion.Enrichment.Engine.Temporal.Rules;

internal sealed record TemporalValue(string Type, string Value, string? Mod = null);
