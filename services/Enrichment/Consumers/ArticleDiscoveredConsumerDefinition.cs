using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Ingestion.Enrichment.Consumers;

/// <summary>Endpoint <c>article-discovered</c>: prefetch, concurrency and retries from <see cref="BusOptions"/>.</summary>
public sealed class ArticleDiscoveredConsumerDefinition(IOptions<BusOptions> options)
    : TunedConsumerDefinition<ArticleDiscoveredConsumer>(options);
