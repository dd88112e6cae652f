using System.Diagnostics.Metrics;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.ServiceDefaults.Tests.Hosting;

public class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_MillisecondHistogram_HasBucketsBelowFiveMilliseconds()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        await using WebApplication app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);

        // A histogram of the pipeline's meter, as the engine's and the store's are; recorded once the exporter listens.
        string name = "test.buckets." + Guid.NewGuid().ToString("N")[..8] + ".duration";
        Histogram<double> histogram = IngestionTelemetry.Meter.CreateHistogram<double>(name, unit: "ms");
        histogram.Record(1.5);
        histogram.Record(3.5);

        using var http = new HttpClient();
        Uri address = new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        string scrape = await http.GetStringAsync(new Uri(address, DefaultEndpointsExtensions.MetricsPath), TestContext.Current.CancellationToken);
        string series = name.Replace('.', '_') + "_milliseconds_bucket";
        string[] buckets = [.. scrape.Split('\n').Where(line => line.StartsWith(series, StringComparison.Ordinal))];

        // 1.5 ms and 3.5 ms now fall in different buckets (the default boundaries put both in 0-5 ms).
        Assert.Contains(buckets, line => line.Contains("le=\"2.5\"", StringComparison.Ordinal) && line.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(buckets, line => line.Contains("le=\"5\"", StringComparison.Ordinal) && line.EndsWith(" 2", StringComparison.Ordinal));
        Assert.Equal(ServiceDefaultsExtensions.MillisecondBoundaries.Length + 1, buckets.Length);
    }
}
