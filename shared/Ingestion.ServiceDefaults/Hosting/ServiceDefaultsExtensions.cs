using System.Diagnostics.Metrics;
using Ingestion.ServiceDefaults.Telemetry;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>What every Ingestion host sets up once: logging, time, health checks, metrics and tracing.</summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Scopes carry the article id and file name onto every line a consumer or the intake writes.
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss.fff ";
        });

        builder.Services.TryAddTimeProvider();
        builder.Services.AddHealthChecks();
        builder.AddTelemetry();
        return builder;
    }

    /// <summary>
    /// Metrics for Prometheus (<c>/metrics</c>): MassTransit's meter, the pipeline's own, the runtime's. Traces from
    /// MassTransit and the pipeline, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, so one trace
    /// follows a file through the three services.
    /// </summary>
    private static void AddTelemetry(this IHostApplicationBuilder builder)
    {
        OpenTelemetryBuilder telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddMeter(InstrumentationOptions.MeterName, IngestionTelemetry.Name)
                .AddView(instrument => MillisecondBuckets(instrument))
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName, IngestionTelemetry.Name));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>
    /// Buckets from 0.1 ms to 60 s for the pipeline's and MassTransit's millisecond histograms. OpenTelemetry's
    /// default boundaries start at 0, 5, 10 ms: an engine component or a store write that takes 1 ms and one that
    /// takes 4 ms fall in the same bucket, and every p95 below 5 ms reads as 4.75 ms.
    /// </summary>
    public static readonly double[] MillisecondBoundaries =
        [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000];

    private static MetricStreamConfiguration? MillisecondBuckets(Instrument instrument) =>
        instrument.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Histogram<>) && instrument.Unit == "ms"
        && (instrument.Meter.Name == IngestionTelemetry.Name || instrument.Meter.Name == InstrumentationOptions.MeterName)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = MillisecondBoundaries }
            : null;

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
