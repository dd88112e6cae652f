using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.IntegrationTests.Storage;

/// <summary>
/// Counts the <see cref="Fault{T}"/> events the storage endpoint publishes; every message it moves to
/// <c>article-enriched_error</c> after a consumer failure publishes one.
/// </summary>
public sealed class ArticleEnrichedFaultCounter(StorageEndpointEvents events) : IConsumer<Fault<ArticleEnriched>>
{
    public Task Consume(ConsumeContext<Fault<ArticleEnriched>> context)
    {
        events.CountFault();
        return Task.CompletedTask;
    }
}
