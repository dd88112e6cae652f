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
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName, IngestionTelemetry.Name));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
