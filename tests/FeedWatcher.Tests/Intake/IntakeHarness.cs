using Ingestion.FeedWatcher;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.FeedWatcher.Tests.Ledger;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.FeedWatcher.Tests.Intake;

/// <summary>
/// The feed-watcher's registrations over MassTransit's test harness and a temporary feed folder. Tests drive scans
/// themselves; disposing the harness and starting another on the same folder is a restart.
/// </summary>
public sealed class IntakeHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private IntakeHarness(string feed, IHost host)
    {
        Feed = feed;
        _host = host;
    }

    public string Feed { get; }

    public ITestHarness Bus => _host.Services.GetRequiredService<ITestHarness>();

    public FileIntake Intake => _host.Services.GetRequiredService<FileIntake>();

    public FeedScanner Scanner => _host.Services.GetRequiredService<FeedScanner>();

    public FileAttempts Attempts => _host.Services.GetRequiredService<FileAttempts>();

    public IntakeCounters Counters => _host.Services.GetRequiredService<IntakeCounters>();

    public StalledArticleRepublisher Republisher => _host.Services.GetRequiredService<StalledArticleRepublisher>();

    public IntakeLedger Ledger => _host.Services.GetRequiredService<IntakeLedger>();

    /// <summary>The storage service's answers to the ledger's questions.</summary>
    public FakeStore Store => _host.Services.GetRequiredService<FakeStore>();

    /// <param name="settings">More configuration, e.g. <c>Feed:InstanceId</c> for a second watcher on the same feed.</param>
    /// <param name="publishFault">Asked before each publish: an exception it returns is what the publish throws.</param>
    /// <param name="services">More registrations, e.g. a logger provider or other readers.</param>
    public static async Task<IntakeHarness> StartAsync(
        string? feed = null,
        TimeSpan? quietPeriod = null,
        TimeSpan? republishAfter = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Func<Exception?>? publishFault = null,
        Action<IServiceCollection>? services = null)
    {
        feed ??= Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feed:Path"] = feed,
            ["Feed:QuietPeriod"] = (quietPeriod ?? TimeSpan.Zero).ToString(),
            ["Feed:Republish:After"] = (republishAfter ?? TimeSpan.FromHours(1)).ToString(),
            ["Feed:RetryDelay"] = TimeSpan.Zero.ToString(),
            ["Feed:Republish:StoredQueryTimeout"] = TimeSpan.FromSeconds(2).ToString(),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddLogging();
        builder.AddFeedWatcher();

        // The harness starts hosted services; tests drive the scanner themselves instead.
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(FeedScanner)));
        builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null));
        builder.Services.AddSingleton<FeedScanner>();
        builder.Services.AddSingleton<FakeStore>();
        if (publishFault is null)
        {
            builder.Services.AddMassTransitTestHarness(bus => bus.AddConsumer<FakeStore.Responder>());
        }
        else
        {
            builder.Services.AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<FakeStore.Responder>();
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.ConfigurePublish(publish => publish.UseExecute(_ =>
                    {
                        if (publishFault() is { } fault)
                        {
                            throw fault;
                        }
                    }));
                    cfg.ConfigureEndpoints(context);
                });
            });
        }

        services?.Invoke(builder.Services);
        IHost host = builder.Build();
        host.Services.GetRequiredService<FeedFolders>().EnsureExist();
        await host.Services.GetRequiredService<ITestHarness>().Start();
        return new IntakeHarness(feed, host);
    }

    public string Drop(string name, string content)
    {
        string path = Path.Combine(Feed, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.Stop();
        _host.Dispose();
    }
}
