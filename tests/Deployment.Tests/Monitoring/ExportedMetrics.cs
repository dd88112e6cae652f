using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Ingestion.Enrichment.Telemetry;
using Ingestion.FeedWatcher.Intake;
using Ingestion.ServiceDefaults.Messaging.Stalls;
using Ingestion.ServiceDefaults.Telemetry;
using Ingestion.Storage.Telemetry;
using MassTransit;
using MassTransit.Monitoring;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>
/// Every series name a query of the dashboard or the alert rules may use, taken from the code wherever it can be:
/// the instruments the services' meters publish (the pipeline's own, MassTransit's, the runtime's; the three meters
/// <c>AddServiceDefaults</c> exports), named as the Prometheus exporter names them; the RabbitMQ prometheus plugin's
/// per-queue series; and Prometheus's own <c>up</c>.
/// </summary>
internal static class ExportedMetrics
{
    /// <summary>
    /// What RabbitMQ's prometheus plugin serves on <c>:15692/metrics/detailed?family=queue_coarse_metrics&amp;family=queue_consumer_count</c>,
    /// read from a running broker (3.10.8; these families are unchanged in 4.x), labelled <c>vhost</c> and <c>queue</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> Broker =
    [
        "rabbitmq_detailed_queue_messages_ready",
        "rabbitmq_detailed_queue_messages_unacked",
        "rabbitmq_detailed_queue_messages",
        "rabbitmq_detailed_queue_consumers",
    ];

    /// <summary>What Prometheus adds to every scrape.</summary>
    public static readonly IReadOnlyList<string> Scrape = ["up"];

    private static readonly string[] s_meters = [IngestionTelemetry.Name, InstrumentationOptions.MeterName, "System.Runtime"];

    private static readonly Lazy<Task<IReadOnlySet<string>>> s_names = new(CollectAsync);

    public static Task<IReadOnlySet<string>> NamesAsync() => s_names.Value;

    private static async Task<IReadOnlySet<string>> CollectAsync()
    {
        var instruments = new ConcurrentDictionary<Instrument, bool>();
        var measured = new ConcurrentDictionary<Instrument, bool>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (s_meters.Contains(instrument.Meter.Name, StringComparer.Ordinal))
                {
                    instruments.TryAdd(instrument, true);
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, _, _) => measured.TryAdd(instrument, true));
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => measured.TryAdd(instrument, true));
        listener.SetMeasurementEventCallback<int>((instrument, _, _, _) => measured.TryAdd(instrument, true));
        listener.Start();

        // The pipeline's instruments: static ones come with their type's initialisation, the others with an instance.
        RuntimeHelpers.RunClassConstructor(typeof(StorageMetrics).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(EnrichmentMetrics).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(IntakeCounters).TypeHandle);
        _ = new IntakeCounters();
        _ = new StuckQueueGauge();

        // MassTransit's come with a bus that consumes and faults.
        await using ServiceProvider provider = new ServiceCollection()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<MetricsProbeConsumer>())
            .BuildServiceProvider(true);
        ITestHarness harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            await harness.Bus.Publish(new MetricsProbe(Fail: false));
            await harness.Bus.Publish(new MetricsProbe(Fail: true));
            if (!await harness.Consumed.Any<MetricsProbe>(context => context.Exception is not null) || !await harness.Published.Any<Fault<MetricsProbe>>())
            {
                throw new InvalidOperationException("The probe bus did not fault the failing probe.");
            }
        }
        finally
        {
            await harness.Stop();
        }

        // MassTransit's instruments count only once they measured something: one it creates but never records in
        // these cases (so never serves) is no series to chart.
        return new HashSet<string>(
            instruments.Keys.Where(i => i.Meter.Name != InstrumentationOptions.MeterName || measured.ContainsKey(i)).SelectMany(PrometheusNames.Of).Concat(Broker).Concat(Scrape),
            StringComparer.Ordinal);
    }
}
