using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ingestion.ServiceDefaults.Telemetry;

/// <summary>
/// The pipeline's own meter and activity source, named once so every service reports under the same names
/// (<c>ingestion.*</c> in Prometheus, beside MassTransit's <c>messaging.masstransit.*</c>).
/// </summary>
public static class IngestionTelemetry
{
    public const string Name = "Ingestion";

    public static readonly Meter Meter = new(Name, "1.0");

    public static readonly ActivitySource ActivitySource = new(Name, "1.0");
}
