namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>A message for <see cref="MetricsProbeConsumer"/>: consumed, or faulted when <see cref="Fail"/> is set.</summary>
public sealed record MetricsProbe(bool Fail);
