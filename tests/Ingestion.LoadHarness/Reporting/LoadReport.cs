using Ingestion.LoadHarness.Broker;

namespace Ingestion.LoadHarness.Reporting;

/// <summary>Everything one run measured, as written to the JSON file.</summary>
internal sealed record LoadReport
{
    public required string Mode { get; init; }

    public required int Articles { get; init; }

    public required int OfferedRate { get; init; }

    public required string Store { get; init; }

    public required int Stored { get; init; }

    /// <summary><c>ArticleStored</c> events seen, a second one for an article included.</summary>
    public required int Events { get; init; }

    public required double Seconds { get; init; }

    /// <summary>Articles stored per second between the 10th and the 90th percentile of store times: no start-up, no tail.</summary>
    public required double SustainedPerSecond { get; init; }

    /// <summary>All stored articles over the time from the first drop to the last store.</summary>
    public required double OverallPerSecond { get; init; }

    /// <summary>From the watcher reading the file (<c>receivedAt</c>) to the document written (<c>StoredAt</c>).</summary>
    public required Latency ReceivedToStored { get; init; }

    /// <summary>From the file landing in the feed to the event reaching a subscriber: the quiet period included.</summary>
    public required Latency DroppedToSeen { get; init; }

    /// <summary><see cref="ReceivedToStored"/> of the articles dropped 10 s or more after the first: the run without its start.</summary>
    public required Latency ReceivedToStoredAfterStart { get; init; }

    /// <summary><see cref="DroppedToSeen"/> of the articles dropped 10 s or more after the first.</summary>
    public required Latency DroppedToSeenAfterStart { get; init; }

    /// <summary>Where the time goes, stage by stage (the inner stages only with <c>--stages</c>).</summary>
    public StageBreakdown? Stages { get; init; }

    public required IReadOnlyList<ServiceFigures> Services { get; init; }

    /// <summary>The engine's own CPU per stored article (NaN when the enrichment service does not count it).</summary>
    public required double EngineMsPerArticle { get; init; }

    /// <summary>All CPU of the three services per stored article, minus the engine's.</summary>
    public required double PlumbingMsPerArticle { get; init; }

    /// <summary>Messages the broker delivered to the pipeline's consumers (every queue but the harness's own), per stored article.</summary>
    public required double DeliveriesPerArticle { get; init; }

    public required IReadOnlyList<QueueDeliveries> Deliveries { get; init; }

    public CeilingResult? Ceiling { get; init; }

    /// <summary>Sustained pipeline rate over the raw three-hop chain's rate.</summary>
    public double? PipelineOverCeiling { get; init; }

    public required MachineFigures Machine { get; init; }

    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    public required IReadOnlyList<TimelineSample> Timeline { get; init; }
}
