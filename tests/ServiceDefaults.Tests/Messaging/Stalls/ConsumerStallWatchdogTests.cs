using System.Diagnostics.Metrics;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.ServiceDefaults.Messaging.Stalls;
using Ingestion.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ingestion.ServiceDefaults.Tests.Messaging.Stalls;

public class ConsumerStallWatchdogTests
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Check_UnattendedShorterThanTimeout_NoRestartButUnhealthy()
    {
        ConsumerStallWatchdog watchdog = Create();

        Assert.Null(watchdog.Check([new QueueState("article-discovered", 12, 0, Progressed: true)], s_start));
        Assert.Null(watchdog.Check([new QueueState("article-discovered", 30, 0, Progressed: true)], s_start + TimeSpan.FromSeconds(59)));

        HealthCheckResult health = await watchdog.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("article-discovered", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnattendedForTheWholeTimeout_ReturnsTheQueueAndItsDepth()
    {
        ConsumerStallWatchdog watchdog = Create();
        watchdog.Check([new QueueState("article-enriched", 5, 0, Progressed: true)], s_start);

        string? reason = watchdog.Check([new QueueState("article-enriched", 40, 0, Progressed: true)], s_start + s_timeout);

        Assert.NotNull(reason);
        Assert.Contains("article-enriched", reason, StringComparison.Ordinal);
        Assert.Contains("40 message(s)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ConsumerBackInBetween_StartsTheClockAgain()
    {
        ConsumerStallWatchdog watchdog = Create();
        watchdog.Check([new QueueState("q", 5, 0, Progressed: true)], s_start);
        watchdog.Check([new QueueState("q", 5, 1, Progressed: true)], s_start + TimeSpan.FromSeconds(30));
        watchdog.Check([new QueueState("q", 5, 0, Progressed: true)], s_start + TimeSpan.FromSeconds(40));

        Assert.Null(watchdog.Check([new QueueState("q", 5, 0, Progressed: true)], s_start + TimeSpan.FromSeconds(90)));
        Assert.NotNull(watchdog.Check([new QueueState("q", 5, 0, Progressed: true)], s_start + TimeSpan.FromSeconds(100)));

        watchdog.Check([new QueueState("q", 0, 1, Progressed: true)], s_start + TimeSpan.FromSeconds(105));
        HealthCheckResult health = await watchdog.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Theory]
    [InlineData(500u, 1u)]
    [InlineData(0u, 0u)]
    public void Check_BusyOrIdleQueue_NeverAStall(uint ready, uint consumers)
    {
        ConsumerStallWatchdog watchdog = Create();

        Assert.Null(watchdog.Check([new QueueState("q", ready, consumers, Progressed: true)], s_start));
        Assert.Null(watchdog.Check([new QueueState("q", ready, consumers, Progressed: true)], s_start + TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Check_ConsumersAttachedButFinishingNothing_IsAStall()
    {
        ConsumerStallWatchdog watchdog = Create();
        watchdog.Check([new QueueState("article-enriched", 200, 1, Progressed: false)], s_start);

        string? reason = watchdog.Check([new QueueState("article-enriched", 250, 1, Progressed: false)], s_start + s_timeout);

        Assert.NotNull(reason);
        Assert.Contains("1 consumer(s) finished nothing", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QueueNoLongerWatched_ForgetsItsClock()
    {
        ConsumerStallWatchdog watchdog = Create();
        watchdog.Check([new QueueState("q", 5, 0, Progressed: true)], s_start);
        watchdog.Check([], s_start + TimeSpan.FromSeconds(30));

        Assert.Null(watchdog.Check([new QueueState("q", 5, 0, Progressed: true)], s_start + TimeSpan.FromSeconds(70)));
    }

    [Fact]
    public void Check_QueueStuckThenWorked_GaugeShowsHowLongThenZero()
    {
        ConsumerStallWatchdog watchdog = Create();
        watchdog.Check([new QueueState("gauge-q", 5, 0, Progressed: true), new QueueState("gauge-busy", 9, 1, Progressed: true)], s_start);
        watchdog.Check([new QueueState("gauge-q", 5, 0, Progressed: true), new QueueState("gauge-busy", 9, 1, Progressed: true)], s_start + TimeSpan.FromSeconds(25));

        Assert.Equal(25, Stuck(watchdog, "gauge-q"));
        Assert.Equal(0, Stuck(watchdog, "gauge-busy"));

        watchdog.Check([new QueueState("gauge-q", 5, 1, Progressed: true)], s_start + TimeSpan.FromSeconds(30));
        Assert.Equal(0, Stuck(watchdog, "gauge-q"));
        Assert.DoesNotContain(watchdog.Stuck.Current, queue => queue.Key == "gauge-busy");
    }

    [Fact]
    public void Check_QueueStuck_ExportedAsTheStuckDurationGaugeWithTheQueueTag()
    {
        string queue = "exported-" + Guid.NewGuid().ToString("N");
        ConsumerStallWatchdog watchdog = Create();
        watchdog.Check([new QueueState(queue, 5, 0, Progressed: true)], s_start);
        watchdog.Check([new QueueState(queue, 5, 0, Progressed: true)], s_start + TimeSpan.FromSeconds(42));

        var seen = new List<(string Instrument, string? Unit, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IngestionTelemetry.Name && instrument.Name == StuckQueueGauge.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "queue" && Equals(tag.Value, queue))
                {
                    lock (seen)
                    {
                        seen.Add((instrument.Name, instrument.Unit, value));
                    }
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();

        Assert.Equal(("ingestion.queue.stuck.duration", "s", 42.0), Assert.Single(seen));
    }

    private static double Stuck(ConsumerStallWatchdog watchdog, string queue) =>
        Assert.Single(watchdog.Stuck.Current, entry => entry.Key == queue).Value;

    private static ConsumerStallWatchdog Create() => new(
        new ReceiveQueueRegistry(),
        new ConsumeProgress(),
        new BrokerQueueProbe(new Uri("amqp://127.0.0.1/")),
        new ServiceCollection().AddLogging().AddHealthChecks().Services.BuildServiceProvider().GetRequiredService<HealthCheckService>(),
        new HostRestart(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance)),
        Options.Create(new BusOptions { StallTimeout = s_timeout }),
        TimeProvider.System,
        NullLogger<ConsumerStallWatchdog>.Instance);
}
