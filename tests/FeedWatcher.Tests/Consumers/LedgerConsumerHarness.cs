using Ingestion.FeedWatcher;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.FeedWatcher.Tests.Ledger;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.FeedWatcher.Tests.Consumers;

/// <summary>
/// The watcher's consumers on MassTransit's test harness, over a real ledger in a temporary folder, with articles
/// <c>a0</c>, <c>a1</c>, … of <c>a.txt</c> already published: what the ledger consumers' tests share.
/// </summary>
internal sealed class LedgerConsumerHarness : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-ledger-").FullName;
    private readonly ServiceProvider _services;

    public LedgerConsumerHarness(int published, DateTimeOffset publishedAt)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new IntakeLedger(_folder));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<BusOptions>();
        services.AddMassTransitTestHarness(bus => bus.AddFeedWatcherConsumers());
        _services = services.BuildServiceProvider(validateScopes: true);
        for (int i = 0; i < published; i++)
        {
            Ledger.MarkPublished(IntakeLedgerTests.Message($"a{i}", "a.txt"), publishedAt);
        }
    }

    public IntakeLedger Ledger => _services.GetRequiredService<IntakeLedger>();

    public ITestHarness Bus => _services.GetRequiredService<ITestHarness>();

    /// <summary>Waits, with a deadline, until this many entries are in the state (the consumers write in batches).</summary>
    public async Task WaitForAsync(ArticleState state, int count)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(30);
        while (Ledger.CountByState()[state] < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Ledger.Dispose();
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
