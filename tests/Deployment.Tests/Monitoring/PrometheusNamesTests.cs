using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>
/// <see cref="PrometheusNames"/> against the exporter the services use: one instrument of every kind and unit the
/// services' meters have, served on a real <c>/metrics</c>, must come out under the names the rules predict.
/// </summary>
public class PrometheusNamesTests
{
    [Fact]
    public async Task Of_EveryInstrumentKindAndUnit_IsWhatTheExporterServes()
    {
        string meterName = "Deployment.Tests.Names." + Guid.NewGuid().ToString("N");
        using var meter = new Meter(meterName);
        Counter<long> counter = meter.CreateCounter<long>("probe.consume", unit: "ea");
        UpDownCounter<long> upDown = meter.CreateUpDownCounter<long>("probe.consume.active", unit: "ea");
        Histogram<double> histogram = meter.CreateHistogram<double>("probe.write.duration", unit: "ms");
        Histogram<int> plain = meter.CreateHistogram<int>("probe.entities");
        Instrument[] instruments =
        [
            counter, upDown, histogram, plain,
            meter.CreateCounter<long>("probe.files"),
            meter.CreateObservableGauge("probe.oldest.age", () => 3.0, unit: "s"),
            meter.CreateObservableCounter("probe.cpu.time", () => 1.5, unit: "s"),
            meter.CreateObservableCounter("probe.collections", () => 2L, unit: "{collection}"),
            meter.CreateObservableUpDownCounter("probe.memory.working_set", () => 1024L, unit: "By"),
        ];

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(meterName).AddPrometheusExporter());
        await using WebApplication app = builder.Build();
        app.MapPrometheusScrapingEndpoint();
        await app.StartAsync(TestContext.Current.CancellationToken);

        // Recorded once the exporter listens: a measurement made before is not kept.
        counter.Add(1);
        upDown.Add(1);
        histogram.Record(12.5);
        plain.Record(3);
        ((Counter<long>)instruments[4]).Add(1);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var http = new HttpClient();
        string scrape = await http.GetStringAsync(new Uri(new Uri(address), "/metrics"), TestContext.Current.CancellationToken);
        HashSet<string> served = [.. scrape.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('{', ' ')[0])];

        Assert.Equal(
            instruments.SelectMany(PrometheusNames.Of).Order(StringComparer.Ordinal),
            served.Where(name => name.StartsWith("probe_", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
