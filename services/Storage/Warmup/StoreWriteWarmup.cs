using System.Diagnostics;
using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Storage.Consumers;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using MassTransit.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Warmup;

/// <summary>
/// Before the consumers start, takes made-up batches down the path a real batch takes: the message read from JSON with
/// the bus's own serializer options, mapped to a document, written, its announcement looked up and marked, on a
/// scratch LiteDB file of its own that is deleted afterwards. The first real batches then find that code loaded and
/// called often enough to be queued for optimized code, instead of paying for it while articles wait.
/// </summary>
/// <remarks>
/// Only for a LiteDB store: the configured store is never written, and a MongoDB deployment would warm code it never
/// runs. Registered before the bus, so the host starts it, and waits for it, before any consumer (hosted services start
/// in order of registration). A failure here is logged and ignored: it warms, it does not gate the start.
/// </remarks>
public sealed partial class StoreWriteWarmup(IArticleStore store, ILogger<StoreWriteWarmup> logger) : IHostedService
{
    // The runtime queues a method for optimized code after 30 calls: per-document code gets there in the first few
    // batches, per-batch code (the transaction, the announcement lookup) needs the 32 batches.
    private const int Batches = 32;
    private const int BatchSize = 8;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store.Kind != LiteDbArticleStore.StoreKind)
        {
            return;
        }

        long started = Stopwatch.GetTimestamp();
        string folder = Directory.CreateTempSubdirectory("ingestion-storage-warmup-").FullName;
        try
        {
            await WriteAsync(Path.Combine(folder, "warmup.db"), cancellationToken).ConfigureAwait(false);
            LogWarmed(logger, Batches * BatchSize, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.Message);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A scratch file in the temporary folder; nothing depends on it.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        await using LiteDbArticleStore scratch = new($"Filename={path};Connection=shared");
        await scratch.InitializeAsync(cancellationToken).ConfigureAwait(false);
        JsonSerializerOptions wire = SystemTextJsonMessageSerializer.Options;
        DateTimeOffset at = DateTimeOffset.UtcNow;
        for (int batch = 0; batch < Batches && !cancellationToken.IsCancellationRequested; batch++)
        {
            // Every other batch writes the previous one's articles again: the replace path and its announcement lookup.
            int first = batch % 2 == 1 ? (batch - 1) * BatchSize : batch * BatchSize;
            List<ArticleDocument> documents = [];
            for (int i = 0; i < BatchSize; i++)
            {
                string json = JsonSerializer.Serialize(WriteWarmupArticles.Create(first + i, at), wire);
                ArticleEnriched message = JsonSerializer.Deserialize<ArticleEnriched>(json, wire)!;
                documents.Add(ArticleDocumentMapper.FromEnriched(message, at));
            }

            IReadOnlyList<UpsertOutcome> outcomes = await scratch.UpsertManyAsync(documents, cancellationToken).ConfigureAwait(false);
            string[] replaced = [.. documents.Where((_, i) => outcomes[i] != UpsertOutcome.Created).Select(d => d.Id)];
            if (replaced.Length > 0)
            {
                _ = await scratch.FindAnnouncedAsync(replaced, cancellationToken).ConfigureAwait(false);
            }

            await scratch.MarkAnnouncedAsync([.. documents.Select(d => new ArticleAnnouncement(d.Id, ArticleRevision.Of(d), at))], cancellationToken)
                .ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store write path warmed: {Articles} made-up articles on a scratch file in {Milliseconds:0} ms")]
    private static partial void LogWarmed(ILogger logger, int articles, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store write warm-up skipped: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
