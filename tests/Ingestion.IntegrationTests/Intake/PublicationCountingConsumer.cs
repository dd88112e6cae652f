using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.IntegrationTests.Intake;

/// <summary>The test's subscriber: a queue of its own bound to the ArticleDiscovered exchange, counting deliveries.</summary>
public sealed class PublicationCountingConsumer(PublicationCounter counter) : IConsumer<ArticleDiscovered>
{
    public Task Consume(ConsumeContext<ArticleDiscovered> context)
    {
        counter.Add(context.Message.ArticleId);
        return Task.CompletedTask;
    }
}
