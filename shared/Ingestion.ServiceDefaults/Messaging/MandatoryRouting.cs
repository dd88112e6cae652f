using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>
/// RabbitMQ silently drops a message that no queue is bound for, and still confirms it. The pipeline's own hops
/// (<see cref="ArticleDiscovered"/>, <see cref="ArticleEnriched"/>) must never vanish that way, say while the next
/// service has not yet started once: they are published mandatory, so an unroutable one comes back as an error and
/// stays with its sender (the file in the feed, the message in its queue) for another try.
/// </summary>
internal static class MandatoryRouting
{
    public static void Apply(PublishContext context)
    {
        if (context is PublishContext<ArticleDiscovered> or PublishContext<ArticleEnriched> && context.TryGetPayload(out RabbitMqSendContext? rabbit))
        {
            rabbit.Mandatory = true;
        }
    }
}
