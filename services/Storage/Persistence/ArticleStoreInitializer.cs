using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Persistence;

/// <summary>Runs <see cref="IArticleStore.InitializeAsync"/> once at start-up; hosted services start in order of registration.</summary>
public sealed partial class ArticleStoreInitializer(IArticleStore store, ILogger<ArticleStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, store.Kind, store.Location);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Article store {Kind} ready at {Location}")]
    private static partial void LogInitialized(ILogger logger, string kind, string location);
}
