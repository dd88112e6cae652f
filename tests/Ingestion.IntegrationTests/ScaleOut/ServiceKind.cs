namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>One of the three services: its project folder and assembly, and the metric that counts its work.</summary>
internal sealed record ServiceKind(string Name, string Project, string Assembly, string WorkMetric, string? WorkLabel)
{
    /// <summary>Articles the watcher published.</summary>
    public static readonly ServiceKind FeedWatcher = new("feed-watcher", "FeedWatcher", "Ingestion.FeedWatcher", "ingestion_intake_articles_published_total", null);

    /// <summary>Articles enriched: each ends with one ArticleEnriched sent (MassTransit counts publishes as sends, its unit "ea" in the name).</summary>
    public static readonly ServiceKind Enrichment = new("enrichment", "Enrichment", "Ingestion.Enrichment", "messaging_masstransit_send_ea_total", "messaging_masstransit_message_type=\"ArticleEnriched\"");

    /// <summary>Articles stored: each ends with one ArticleStored published.</summary>
    public static readonly ServiceKind Storage = new("storage", "Storage", "Ingestion.Storage", "messaging_masstransit_send_ea_total", "messaging_masstransit_message_type=\"ArticleStored\"");
}
