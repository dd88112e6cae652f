using System.ComponentModel.DataAnnotations;

namespace Ingestion.Storage.Resilience;

/// <summary>
/// How store writes ride over failures (section <c>Storage:Resilience</c>): the Polly breaker and timeout around each
/// write, the message retries that hold a message (with backoff) while the store is down, and the kill switch that stops
/// the endpoint when the outage outlasts them. Ranges follow Polly's and MassTransit's own limits, so a bad value fails at start.
/// </summary>
public sealed class ArticleStoreResilienceOptions
{
    public const string SectionName = "Storage:Resilience";

    /// <summary>One write call is abandoned (and counts as a failure for the breaker) after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan WriteAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the breaker.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls within the sampling window before the breaker may open.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker fails writes at once before it lets one through to probe the store.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Message retries while the store is unavailable (a transient error or the breaker open), exponential from
    /// <see cref="OutageRetryMinInterval"/> to <see cref="OutageRetryMaxInterval"/>: the message stays unacknowledged
    /// meanwhile. With the defaults a message is held for about eight minutes before it faults.
    /// </summary>
    [Range(0, 1_000)]
    public int OutageRetryLimit { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan OutageRetryMinInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan OutageRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The kill switch's window: its counts of attempts and failures restart every period.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KillSwitchTrackingPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Percentage of messages failing with a store outage that stops the endpoint.</summary>
    [Range(1, 100)]
    public int KillSwitchTripThreshold { get; set; } = 15;

    /// <summary>Messages that must be attempted in the window before the kill switch may trip.</summary>
    [Range(1, 100_000)]
    public int KillSwitchActivationThreshold { get; set; } = 10;

    /// <summary>How long the endpoint stays stopped before it starts again by itself.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KillSwitchRestartTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
