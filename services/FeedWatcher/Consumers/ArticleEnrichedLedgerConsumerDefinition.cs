using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>
/// Endpoint <c>article-enriched-ledger</c>: up to 100 events per ledger write, or what arrived within 200 ms. The
/// events carry each article's full text, which the watcher does not need; only the ids are read.
/// </summary>
public sealed class ArticleEnrichedLedgerConsumerDefinition : TunedConsumerDefinition<ArticleEnrichedLedgerConsumer>
{
    public const int BatchSize = 100;

    public ArticleEnrichedLedgerConsumerDefinition(IOptions<BusOptions> options)
        : base(options)
    {
        // A batch needs as many messages in hand as it holds.
        ConcurrentMessageLimit = Math.Max(ConcurrentMessageLimit ?? 0, BatchSize);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleEnrichedLedgerConsumer> consumerConfigurator,
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
