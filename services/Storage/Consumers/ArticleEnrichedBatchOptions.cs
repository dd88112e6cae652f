using System.ComponentModel.DataAnnotations;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// How the storage consumer groups messages into one store write (section <c>Storage:Batch</c>). One write per batch
/// is what makes the embedded store fast: LiteDB in shared mode opens its file once per call.
/// </summary>
public sealed class ArticleEnrichedBatchOptions
{
    public const string SectionName = "Storage:Batch";

    /// <summary>Messages written at once, at most.</summary>
    [Range(1, 1_000)]
    public int MessageLimit { get; set; } = 100;

    /// <summary>A batch that has not filled up is written after this long; it bounds the latency batching adds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10")]
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Batches in progress at once: while one publishes its events, the next can be written.</summary>
    [Range(1, 64)]
    public int ConcurrencyLimit { get; set; } = 2;
}
