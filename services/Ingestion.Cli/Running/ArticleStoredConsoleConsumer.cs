using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.Cli.Running;

/// <summary>Subscribes <c>ingest run</c> to its own <see cref="ArticleStored"/> events, like any downstream consumer.</summary>
public sealed class ArticleStoredConsoleConsumer(StoredArticleReporter reporter) : IConsumer<ArticleStored>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        reporter.Report(context.Message);
        return Task.CompletedTask;
    }
}
