using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>Endpoint <c>article-stored</c>, in batches: one ledger transaction closes a batch's entries.</summary>
public sealed class ArticleStoredConsumerDefinition(IOptions<BusOptions> options)
    : LedgerBatchConsumerDefinition<ArticleStoredConsumer>(options);
