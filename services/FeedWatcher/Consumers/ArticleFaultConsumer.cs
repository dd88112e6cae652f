using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>
/// Marks an article failed in the ledger when enrichment or storage gave up on it, with the reason, so that
/// <c>ingest status --failed</c> shows it and it is not published again by the timeout: it waits in an error queue
/// for <c>ingest errors replay</c>.
/// </summary>
public sealed class ArticleFaultConsumer(IntakeLedger ledger) : IConsumer<Fault<ArticleDiscovered>>, IConsumer<Fault<ArticleEnriched>>
{
    public Task Consume(ConsumeContext<Fault<ArticleDiscovered>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ledger.MarkFailed(context.Message.Message.ArticleId, "enrichment: " + Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ArticleEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ledger.MarkFailed(context.Message.Message.ArticleId, "storage: " + Reason(context.Message));
        return Task.CompletedTask;
    }

    private static string Reason(Fault fault) =>
        fault.Exceptions is [{ } first, ..] ? $"{first.ExceptionType}: {first.Message}" : "unknown error";
}
