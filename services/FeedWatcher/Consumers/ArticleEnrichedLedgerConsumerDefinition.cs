using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>
/// Endpoint <c>article-enriched-ledger</c>, in batches. The events carry each article's full text, which the watcher
/// does not need; only the ids are read.
/// </summary>
public sealed class ArticleEnrichedLedgerConsumerDefinition(IOptions<BusOptions> options)
    : LedgerBatchConsumerDefinition<ArticleEnrichedLedgerConsumer>(options);
