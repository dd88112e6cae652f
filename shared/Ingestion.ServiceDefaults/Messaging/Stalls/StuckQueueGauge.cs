using System.Diagnostics.Metrics;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// <c>ingestion.queue.stuck.duration{queue}</c>: for each queue the stall watchdog checked last, how long it has held
/// messages that nothing works, in seconds (0 while it is worked). The watchdog restarts the service when one reaches
/// <see cref="BusOptions.StallTimeout"/>, so the figure shows a stall while it builds up, before the restart ends it.
/// </summary>
public sealed class StuckQueueGauge
{
    public const string Name = "ingestion.queue.stuck.duration";

    // Written by the watchdog's loop, read by the metrics collector: replaced whole, never changed in place.
    private volatile KeyValuePair<string, double>[] _seconds = [];

    public StuckQueueGauge()
    {
        IngestionTelemetry.Meter.CreateObservableGauge(
            Name,
            () => _seconds.Select(queue => new Measurement<double>(queue.Value, new KeyValuePair<string, object?>("queue", queue.Key))),
            unit: "s",
            description: "How long each queue the service consumes has held messages that nothing works (0 while it is worked).");
    }

    /// <summary>The queues of the last check with how long each has been stuck.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Current => _seconds;

    public void Set(IEnumerable<(string Queue, TimeSpan Stuck)> queues) =>
        _seconds = [.. queues.Select(queue => new KeyValuePair<string, double>(queue.Queue, queue.Stuck.TotalSeconds))];
}
