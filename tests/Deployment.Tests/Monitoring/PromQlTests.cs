namespace Ingestion.Deployment.Tests.Monitoring;

public class PromQlTests
{
    [Theory]
    [InlineData("up{job=~\"feed-watcher|storage\"} == 0", "up")]
    [InlineData("histogram_quantile(0.95, sum by (le, job) (rate(ingestion_storage_write_duration_milliseconds_bucket[5m]))) > 2000", "ingestion_storage_write_duration_milliseconds_bucket")]
    [InlineData("sum(rate(a_total[$__rate_interval])) / sum(rate(b_count[$__rate_interval]))", "a_total", "b_count")]
    [InlineData("sum by (vhost, queue) (x{queue=~\".+_(error|skipped)\"}) > 0 and sum by (vhost, queue) (y) == 0", "x", "y")]
    [InlineData("max without (instance) (z) offset 5m", "z")]
    public void MetricNames_Expression_AreTheSeriesItReads(string expression, params string[] expected)
    {
        Assert.Equal(expected, PromQl.MetricNames(expression));
    }
}
