using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage.Resilience;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Endpoint <c>article-enriched</c>: prefetch, concurrency and retries from <see cref="BusOptions"/>, batches from
/// <see cref="ArticleEnrichedBatchOptions"/>, and the store outage handling from <see cref="ArticleStoreResilienceOptions"/>.
/// A batch that meets an outage is retried whole, holding all its messages, and when it finally fails each of its
/// messages faults and counts for the kill switch.
/// </summary>
public sealed class ArticleEnrichedConsumerDefinition : TunedConsumerDefinition<ArticleEnrichedConsumer>
{
    private readonly ArticleStoreResilienceOptions _resilience;
    private readonly ArticleEnrichedBatchOptions _batch;

    public ArticleEnrichedConsumerDefinition(
        IOptions<BusOptions> options,
        IOptions<ArticleStoreResilienceOptions> resilience,
        IOptions<ArticleEnrichedBatchOptions> batch)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(batch);
        _resilience = resilience.Value;
        _batch = batch.Value;

        // Batches fill only when this many messages can be in the consumer at once; fewer and each waits its time limit.
        ConcurrentMessageLimit = Math.Max(options.Value.ConcurrentMessageLimit, _batch.MessageLimit * _batch.ConcurrencyLimit);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleEnrichedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, _batch.MessageLimit * _batch.ConcurrencyLimit);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(_batch.MessageLimit)
            .SetTimeLimit(_batch.TimeLimit)
            .SetConcurrencyLimit(_batch.ConcurrencyLimit));
    }

    /// <summary>
    /// The message-level owners, innermost first: a batch that meets an outage (a transient store error, or the write
    /// pipeline's breaker open) is retried here with backoff for minutes while its messages stay unacknowledged, so with
    /// every consumer slot waiting the endpoint takes no more than its prefetch from the queue; any other failure gets the
    /// bus's few retries and then faults; and if the outage outlasts the hold, the kill switch stops the endpoint and
    /// starts it again by itself after <see cref="ArticleStoreResilienceOptions.KillSwitchRestartTimeout"/>. The write
    /// pipeline itself only breaks and times out: the backoff is all here. The kill switch was chosen over pausing the
    /// endpoint from the Polly breaker's callbacks: it is MassTransit's own restart loop (no hand-kept handle on the
    /// endpoint, no probe to move an idle breaker to half-open), it sees only the failures that reached the message level,
    /// and a restart is itself the probe.
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
