using System.ComponentModel.DataAnnotations;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>
/// How consumers take work from the broker. The defaults are measured, not guessed: MassTransit's own defaults reached
/// 0.39× the broker's raw rate on a 2-core machine, prefetch and concurrency of 200 reached 0.59×.
/// </summary>
public sealed class BusOptions
{
    public const string SectionName = "Bus";

    /// <summary>Messages the broker sends ahead to each consumer before they are acknowledged.</summary>
    [Range(1, 10_000)]
    public int PrefetchCount { get; set; } = 200;

    /// <summary>Messages a consumer handles at once.</summary>
    [Range(1, 10_000)]
    public int ConcurrentMessageLimit { get; set; } = 200;

    /// <summary>Declare quorum queues (replicated, for RabbitMQ clusters) instead of classic durable queues.</summary>
    public bool UseQuorumQueues { get; set; }

    /// <summary>Immediate retries of a failing message before it goes to its <c>_error</c> queue.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 3;

    /// <summary>
    /// How long one of the service's queues may hold messages nobody works before the service exits to be restarted. Longer
    /// than a normal reconnection (seconds), short enough that a wedged connection does not hold up the pipeline.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the stall watchdog asks the broker about the service's queues.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StallCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
