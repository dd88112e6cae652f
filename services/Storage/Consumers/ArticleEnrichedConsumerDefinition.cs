using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage.Resilience;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Endpoint <c>article-enriched</c>: prefetch, concurrency and retries from <see cref="BusOptions"/>, and the store
/// outage handling from <see cref="ArticleStoreResilienceOptions"/>.
/// </summary>
public sealed class ArticleEnrichedConsumerDefinition(IOptions<BusOptions> options, IOptions<ArticleStoreResilienceOptions> resilience)
    : TunedConsumerDefinition<ArticleEnrichedConsumer>(options)
{
    private readonly ArticleStoreResilienceOptions _resilience = resilience.Value;

    /// <summary>
    /// Three layers, innermost first: the write pipeline rides over blips within one write; a message that still meets
    /// an outage is retried here for minutes while it stays unacknowledged, so with every consumer slot waiting the
    /// endpoint takes no more than its prefetch from the queue; and if the outage outlasts that, the kill switch stops
    /// the endpoint and starts it again by itself after <see cref="ArticleStoreResilienceOptions.KillSwitchRestartTimeout"/>.
    /// The kill switch was chosen over pausing the endpoint from the Polly breaker's callbacks: it is MassTransit's own
    /// restart loop (no hand-kept handle on the endpoint, no probe to move an idle breaker to half-open), it sees only the
    /// failures that reached the message level, and a restart is itself the probe. Without the held retries it would
    /// trip only after messages had already faulted to <c>article-enriched_error</c>.
    /// </summary>
    protected override void ConfigureFailureHandling(IReceiveEndpointConfigurator endpointConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.UseKillSwitch(killSwitch => killSwitch
            .SetTrackingPeriod(_resilience.KillSwitchTrackingPeriod)
            .SetTripThreshold(_resilience.KillSwitchTripThreshold)
            .SetActivationThreshold(_resilience.KillSwitchActivationThreshold)
            .SetRestartTimeout(_resilience.KillSwitchRestartTimeout)
            .SetExceptionFilter(filter => filter.Handle<Exception>(StoreFailures.IsOutage)));

        // Outer: every other failure keeps the bus's usual few retries and then goes to the error queue.
        UseBusRetry(endpointConfigurator, retry => retry.Ignore<Exception>(StoreFailures.IsOutage));

        // Inner: an outage holds the message, with backoff, without counting against those retries.
        if (_resilience.OutageRetryLimit > 0)
        {
            endpointConfigurator.UseMessageRetry(retry =>
            {
                retry.Handle<Exception>(StoreFailures.IsOutage);
                retry.Exponential(
                    _resilience.OutageRetryLimit,
                    _resilience.OutageRetryMinInterval,
                    _resilience.OutageRetryMaxInterval,
                    _resilience.OutageRetryMinInterval);
            });
        }
    }
}
