using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>The crash suite's subscriber: a durable queue of its own on the ArticleStored exchange, as a downstream application has.</summary>
public sealed class StoredAnnouncementConsumer(StoredAnnouncements announcements) : IConsumer<ArticleStored>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        announcements.Add(context.MessageId ?? throw new InvalidOperationException("An ArticleStored without a message id."), context.Message.ArticleId, context.Message.Created);
        return Task.CompletedTask;
    }
}
