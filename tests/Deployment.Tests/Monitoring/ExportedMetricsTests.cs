namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>The catalogue the dashboard and rule tests check against holds what the README promises, and not more.</summary>
public class ExportedMetricsTests
{
    [Theory]
    [InlineData("ingestion_intake_articles_published_total")]
    [InlineData("ingestion_intake_files_total")]
    [InlineData("ingestion_intake_oldest_pending_age_seconds")]
    [InlineData("ingestion_enrichment_component_duration_milliseconds_bucket")]
    [InlineData("ingestion_enrichment_entities_count")]
    [InlineData("ingestion_storage_articles_stored_total")]
    [InlineData("ingestion_storage_write_duration_milliseconds_bucket")]
    [InlineData("ingestion_queue_stuck_duration_seconds")]
    [InlineData("messaging_masstransit_consume_ea_total")]
    [InlineData("messaging_masstransit_consume_errors_ea_total")]
    [InlineData("messaging_masstransit_consume_duration_milliseconds_bucket")]
    [InlineData("messaging_masstransit_delivery_duration_milliseconds_bucket")]
    [InlineData("dotnet_process_cpu_time_seconds_total")]
    [InlineData("dotnet_process_memory_working_set_bytes")]
    public async Task Names_SeriesAServiceServes_AreKnown(string name)
    {
        Assert.Contains(name, await ExportedMetrics.NamesAsync());
    }

    [Theory]
    [InlineData("ingestion_intake_files_published_total")]
    [InlineData("ingestion_storage_write_duration_seconds_bucket")]
    [InlineData("messaging_masstransit_consume_total")]
    public async Task Names_SeriesNoServiceServes_AreUnknown(string name)
    {
        Assert.DoesNotContain(name, await ExportedMetrics.NamesAsync());
    }
}
