using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage.Consumers;

/// <summary>Endpoint <c>article-enriched</c>: prefetch, concurrency and retries from <see cref="BusOptions"/>.</summary>
public sealed class ArticleEnrichedConsumerDefinition(IOptions<BusOptions> options)
    : TunedConsumerDefinition<ArticleEnrichedConsumer>(options);
