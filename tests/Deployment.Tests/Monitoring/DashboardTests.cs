using System.Text.Json;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>
/// The Grafana dashboard, parsed: its panels and their queries (written to the test output), every query reading
/// series that are served, and the figures an operator needs all there.
/// </summary>
public class DashboardTests
{
    [Fact]
    public async Task Panels_EveryQuery_ReadsOnlySeriesThatAreServed()
    {
        IReadOnlySet<string> served = await ExportedMetrics.NamesAsync();
        IReadOnlyList<(string Title, string Kind, string Query)> queries = Queries();

        foreach ((string title, string kind, string query) in queries)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{title} [{kind}]: {query}");
        }

        Assert.True(queries.Count >= 20, $"Only {queries.Count} queries.");
        Assert.All(queries, q =>
        {
            IReadOnlyList<string> names = PromQl.MetricNames(q.Query);
            Assert.NotEmpty(names);
            Assert.All(names, name => Assert.True(served.Contains(name), $"Panel '{q.Title}': '{name}' is served by no service nor the broker."));
        });
    }

    [Theory]
    [InlineData("rates", "rate(ingestion_intake_articles_published_total")]
    [InlineData("rates", "rate(ingestion_storage_articles_stored_total")]
    [InlineData("rates", "rate(messaging_masstransit_consume_ea_total")]
    [InlineData("latency histograms", "histogram_quantile(0.95, sum by (le, component) (rate(ingestion_enrichment_component_duration_milliseconds_bucket")]
    [InlineData("latency histograms", "rate(ingestion_storage_write_duration_milliseconds_bucket")]
    [InlineData("latency histograms", "rate(messaging_masstransit_delivery_duration_milliseconds_bucket")]
    [InlineData("queue depths", "rabbitmq_detailed_queue_messages_ready")]
    [InlineData("queue depths", "rabbitmq_detailed_queue_consumers")]
    [InlineData("error queues", "rabbitmq_detailed_queue_messages{queue=~\".+_(error|skipped)\"}")]
    [InlineData("faults", "rate(messaging_masstransit_consume_errors_ea_total")]
    [InlineData("stalls", "ingestion_queue_stuck_duration_seconds")]
    [InlineData("oldest waiting file", "ingestion_intake_oldest_pending_age_seconds")]
    public void Panels_Cover(string figure, string query)
    {
        Assert.True(Queries().Any(q => q.Query.Contains(query, StringComparison.Ordinal)), $"No panel shows {figure}: no query has '{query}'.");
    }

    [Fact]
    public void Dashboard_Layout_UniqueIdsTitledPanelsNoOverlapTemplatedDataSource()
    {
        using JsonDocument dashboard = MonitoringFiles.Dashboard();
        JsonElement root = dashboard.RootElement;
        JsonElement[] panels = [.. root.GetProperty("panels").EnumerateArray()];

        Assert.Equal("ingestion-pipeline", root.GetProperty("uid").GetString());
        Assert.Equal(panels.Length, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        Assert.All(panels, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetString())));
        Assert.Contains(root.GetProperty("templating").GetProperty("list").EnumerateArray(), v => v.GetProperty("name").GetString() == "datasource" && v.GetProperty("query").GetString() == "prometheus");

        var cells = new HashSet<(int X, int Y)>();
        foreach (JsonElement panel in panels)
        {
            JsonElement grid = panel.GetProperty("gridPos");
            int x = grid.GetProperty("x").GetInt32(), y = grid.GetProperty("y").GetInt32(), w = grid.GetProperty("w").GetInt32(), h = grid.GetProperty("h").GetInt32();
            Assert.True(x >= 0 && w > 0 && x + w <= 24, $"Panel '{panel.GetProperty("title").GetString()}' leaves the 24 columns.");
            for (int row = y; row < y + h; row++)
            {
                for (int column = x; column < x + w; column++)
                {
                    Assert.True(cells.Add((column, row)), $"Panel '{panel.GetProperty("title").GetString()}' overlaps another at ({column}, {row}).");
                }
            }

            if (panel.GetProperty("type").GetString() != "row")
            {
                Assert.Equal("${datasource}", panel.GetProperty("datasource").GetProperty("uid").GetString());
            }
        }
    }

    private static List<(string Title, string Kind, string Query)> Queries()
    {
        using JsonDocument dashboard = MonitoringFiles.Dashboard();
        return [.. dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .Where(panel => panel.TryGetProperty("targets", out _))
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray().Select(target =>
                (panel.GetProperty("title").GetString()!, panel.GetProperty("type").GetString()!, target.GetProperty("expr").GetString()!)))];
    }
}
