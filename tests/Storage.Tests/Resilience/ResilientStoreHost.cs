using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>A container with a <see cref="FlakyArticleStore"/> behind the registered resilience, on a fake clock.</summary>
internal sealed class ResilientStoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public ResilientStoreHost(Dictionary<string, string?>? settings = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        _provider = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IArticleStore>(Inner)
            .AddArticleStoreResilience()
            .BuildServiceProvider(true);
    }

    public FakeTimeProvider Time { get; } = new();

    public FlakyArticleStore Inner { get; } = new();

    public IArticleStore Store => _provider.GetRequiredService<IArticleStore>();

    public IServiceProvider Services => _provider;

    /// <summary>
    /// Moves the fake clock on in small steps until <paramref name="task"/> ends, so backoff delays elapse without
    /// real waiting; between steps it waits for the task itself, at most a few milliseconds. Bounded by a deadline.
    /// </summary>
    public async Task<T> CompleteAsync<T>(Task<T> task)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(20);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(task, Task.Delay(5, TestContext.Current.CancellationToken));
        }

        Assert.True(task.IsCompleted, "The write did not finish before the deadline.");
        return await task;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
