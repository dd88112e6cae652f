using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Tests.Persistence.LiteDb;
using Ingestion.Storage.Warmup;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Tests.Warmup;

public sealed class StoreWriteWarmupTests(LiteDbTempFolder folder) : IClassFixture<LiteDbTempFolder>
{
    [Fact]
    public async Task StartAsync_LiteDbStore_WarmsOnAScratchFileAndLeavesTheStoreEmpty()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        await using LiteDbArticleStore store = new($"Filename={folder.NewFile()};Connection=shared");
        await store.InitializeAsync(cancellationToken);
        RecordingLogger logger = new();

        await new StoreWriteWarmup(store, logger).StartAsync(cancellationToken);

        Assert.Equal(0, await store.CountAsync(cancellationToken));
        (LogLevel level, string message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains("256 made-up articles", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_StoreOtherThanLiteDb_DoesNothing()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        await using LiteDbArticleStore inner = new($"Filename={folder.NewFile()};Connection=shared");
        RecordingLogger logger = new();

        await new StoreWriteWarmup(new OtherKindStore(inner), logger).StartAsync(cancellationToken);

        Assert.Empty(logger.Entries);
    }

    private sealed class OtherKindStore(IArticleStore inner) : DelegatingArticleStore(inner)
    {
        public override string Kind => "mongodb";
    }

    private sealed class RecordingLogger : ILogger<StoreWriteWarmup>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
