using Ingestion.ServiceDefaults.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// Restarts the host when one of its queues holds messages and has had no consumer for
/// <see cref="BusOptions.StallTimeout"/>, and reports that state as unhealthy until then.
/// </summary>
/// <remarks>
/// Why: when RabbitMQ closes the connection while consumers are acknowledging, RabbitMQ.Client 7.2.2 can wait for good
/// in those acknowledgements, and its connection shutdown waits for them (measured with a dump of the crash suite's
/// broker outage: 93 acks stuck in one feed-watcher). MassTransit 8.5.12 then never restarts that receive endpoint, and
/// the service looks alive while its queue fills. Nothing inside the process can release those tasks; a fresh host, with
/// a fresh connection, consumes again, and the consumers' idempotency makes the redeliveries harmless.
/// </remarks>
public sealed partial class ConsumerStallWatchdog(
    ReceiveQueueRegistry registry,
    BrokerQueueProbe probe,
    HostRestart restart,
    IOptions<BusOptions> options,
    TimeProvider time,
    ILogger<ConsumerStallWatchdog> logger) : BackgroundService, IHealthCheck
{
    private readonly Dictionary<string, DateTimeOffset> _unattendedSince = new(StringComparer.Ordinal);
    private volatile string? _stalled;

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
                states = await probe.ReadAsync(registry.Consuming, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The broker itself is away: MassTransit's own reconnection is in charge, not a stall.
                LogProbeFailed(logger, ex.Message);
                _unattendedSince.Clear();
                continue;
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

    /// <summary>The stall to act on, if one queue has been unattended for the whole timeout.</summary>
    public string? Check(IReadOnlyList<QueueState> states, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        foreach (string gone in _unattendedSince.Keys.Where(queue => !states.Any(s => s.Queue == queue)).ToList())
        {
            _unattendedSince.Remove(gone);
        }

        foreach (QueueState state in states)
        {
            if (!state.Unattended)
            {
                _unattendedSince.Remove(state.Queue);
                continue;
            }

            DateTimeOffset since = _unattendedSince.TryGetValue(state.Queue, out DateTimeOffset seen) ? seen : _unattendedSince[state.Queue] = now;
            TimeSpan unattended = now - since;
            _stalled = $"Queue {state.Queue} has held {state.Ready} message(s) with no consumer for {unattended.TotalSeconds:0} s.";
            if (unattended >= options.Value.StallTimeout)
            {
                return _stalled;
            }
        }

        if (_unattendedSince.Count == 0)
        {
            _stalled = null;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stall watchdog could not read the queues: {Reason}")]
    private static partial void LogProbeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason} The connection to the broker is wedged: restarting the host")]
    private static partial void LogRestarting(ILogger logger, string reason);
}
