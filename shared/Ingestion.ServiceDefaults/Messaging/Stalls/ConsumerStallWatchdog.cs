using Ingestion.ServiceDefaults.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// Has the service restarted (see <see cref="HostRestart"/>) when one of its queues has held messages for
/// <see cref="BusOptions.StallTimeout"/> while nothing worked them (no consumer attached, or no consume attempt
/// finished), and reports that state as unhealthy until then.
/// </summary>
/// <remarks>
/// Why: when RabbitMQ closes the connection while consumers are acknowledging, RabbitMQ.Client 7.2.2 can wait for good
/// in those acknowledgements, and its connection shutdown waits for them (measured with a dump of the crash suite's
/// broker outage: 93 acks stuck in one feed-watcher). MassTransit 8.5.12 then never restarts that receive endpoint, and
/// the service looks alive while its queue fills. Consumers can also stay attached but stuck, in a publish to a channel
/// the broker closed. Nothing inside the process can release those tasks; a fresh process, with a fresh connection,
/// consumes again, and the consumers' idempotency makes the redeliveries harmless.
/// </remarks>
public sealed partial class ConsumerStallWatchdog(
    ReceiveQueueRegistry registry,
    ConsumeProgress progress,
    BrokerQueueProbe probe,
    HealthCheckService health,
    HostRestart restart,
    IOptions<BusOptions> options,
    TimeProvider time,
    ILogger<ConsumerStallWatchdog> logger) : BackgroundService, IHealthCheck
{
    /// <summary>The watchdog's own readiness check, left out when it asks the others.</summary>
    public const string CheckName = "consumer-stalls";

    private readonly Dictionary<string, DateTimeOffset> _stuckSince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _finished = new(StringComparer.Ordinal);
    private volatile string? _stalled;
    private string _watched = string.Empty;

    /// <summary>How long each queue has been stuck, as of the last check; exported as a metric.</summary>
    public StuckQueueGauge Stuck { get; } = new();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_stalled is { } stalled ? HealthCheckResult.Unhealthy(stalled) : HealthCheckResult.Healthy());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StallCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            IReadOnlyList<QueueState> states;
            try
            {
                IReadOnlyList<BrokerQueueCounts> counts = await probe.ReadAsync(registry.Consuming, stoppingToken).ConfigureAwait(false);
                bool explained = await SlowdownExplainedAsync(stoppingToken).ConfigureAwait(false);
                states = [.. counts.Select(c => WithProgress(c, explained))];
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The broker itself is away: MassTransit's own reconnection is in charge, not a stall.
                LogProbeFailed(logger, ex.Message);
                _stuckSince.Clear();
                Stuck.Set([]);
                continue;
            }

            string watched = string.Join(", ", states.Select(state => state.Queue));
            if (watched != _watched)
            {
                _watched = watched;
                LogWatching(logger, watched);
            }

            if (Check(states, time.GetUtcNow()) is { } reason)
            {
                _stalled = reason;
                LogRestarting(logger, reason);
                restart.Request(reason);
                return;
            }
        }
    }

    /// <summary>The stall to act on, if one queue has been stuck for the whole timeout.</summary>
    public string? Check(IReadOnlyList<QueueState> states, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        string? stall = FindStall(states, now);
        Stuck.Set(states.Select(state => (state.Queue, _stuckSince.TryGetValue(state.Queue, out DateTimeOffset since) ? now - since : TimeSpan.Zero)));
        return stall;
    }

    private string? FindStall(IReadOnlyList<QueueState> states, DateTimeOffset now)
    {
        foreach (string gone in _stuckSince.Keys.Where(queue => !states.Any(s => s.Queue == queue)).ToList())
        {
            _stuckSince.Remove(gone);
        }

        foreach (QueueState state in states)
        {
            if (!state.Stuck)
            {
                _stuckSince.Remove(state.Queue);
                continue;
            }

            if (!_stuckSince.TryGetValue(state.Queue, out DateTimeOffset since))
            {
                since = _stuckSince[state.Queue] = now;
                LogStuck(logger, state.Queue, state.Ready, state.Consumers, options.Value.StallTimeout.TotalSeconds);
            }

            TimeSpan stuck = now - since;
            string why = state.Consumers == 0 ? "with no consumer" : $"while its {state.Consumers} consumer(s) finished nothing";
            _stalled = $"Queue {state.Queue} has held {state.Ready} message(s) {why} for {stuck.TotalSeconds:0} s.";
            if (stuck >= options.Value.StallTimeout)
            {
                return _stalled;
            }
        }

        if (_stuckSince.Count == 0)
        {
            _stalled = null;
        }

        return null;
    }

    /// <summary>The broker's view of a queue, with whether this service finished a consume on it since the last check.</summary>
    /// <param name="counts">The broker's counts.</param>
    /// <param name="explained">A slowdown the service knows of: attached consumers that finish nothing are not stuck.</param>
    private QueueState WithProgress(BrokerQueueCounts counts, bool explained)
    {
        long finished = progress.Finished(counts.Queue);
        bool progressed = explained || !_finished.TryGetValue(counts.Queue, out long before) || finished != before;
        _finished[counts.Queue] = finished;
        return new QueueState(counts.Queue, counts.Ready, counts.Consumers, progressed);
    }

    /// <summary>
    /// Whether another readiness check fails (the store down, say): consumers then hold their messages in retries on
    /// purpose, and MassTransit notifies nothing until the retries end, so finishing nothing is expected.
    /// </summary>
    private async Task<bool> SlowdownExplainedAsync(CancellationToken cancellationToken)
    {
        HealthReport report = await health.CheckHealthAsync(
            registration => registration.Name != CheckName && registration.Tags.Contains(DefaultEndpointsExtensions.ReadyTag),
            cancellationToken).ConfigureAwait(false);
        return report.Status != HealthStatus.Healthy;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stall watchdog: watching {Queues}")]
    private static partial void LogWatching(ILogger logger, string queues);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} holds {Ready} message(s) and its {Consumers} consumer(s) are not working it; the service restarts if this lasts {Timeout} s")]
    private static partial void LogStuck(ILogger logger, string queue, uint ready, uint consumers, double timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stall watchdog could not read the queues: {Reason}")]
    private static partial void LogProbeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason} The connection to the broker is wedged: the service restarts")]
    private static partial void LogRestarting(ILogger logger, string reason);
}
