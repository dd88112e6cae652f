using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>
/// A ledger consumer that takes its events in batches: up to 100 events per ledger write, or what arrived within
/// 200 ms. One LiteDB transaction per article made the watcher's writers queue on the collection lock (a third of its
/// threads' time in the load harness's profile); one per batch does not.
/// </summary>
public abstract class LedgerBatchConsumerDefinition<TConsumer> : TunedConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const int BatchSize = 100;

    protected LedgerBatchConsumerDefinition(IOptions<BusOptions> options)
        : base(options)
    {
        // A batch needs as many messages in hand as it holds.
        ConcurrentMessageLimit = Math.Max(ConcurrentMessageLimit ?? 0, BatchSize);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, BatchSize);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(TimeSpan.FromMilliseconds(200))
            .SetConcurrencyLimit(1));
    }
}
