using Ingestion.FeedWatcher.Consumers;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.FeedWatcher.Parsing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher;

/// <summary>Everything the feed-watcher adds to a host; its own Program.cs and <c>ingest run</c> both call it.</summary>
public static class FeedWatcherExtensions
{
    public static IHostApplicationBuilder AddFeedWatcher(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(ArticleReaders.Default);
        builder.Services.AddSingleton(sp => new FeedFolders(sp.GetRequiredService<IOptions<FeedOptions>>().Value));
        builder.Services.AddSingleton(sp => new IntakeLedger(sp.GetRequiredService<IOptions<FeedOptions>>().Value.ResolvedStatePath));
        builder.Services.AddSingleton<PublishedRecorder>();
        builder.Services.AddSingleton<PublishedArticleSource>();
        builder.Services.AddSingleton<StoredArticleQuery>();
        builder.Services.AddSingleton<FeedFileReader>();
        builder.Services.AddSingleton<IntakeCounters>();
        builder.Services.AddSingleton<FileIntake>();
        builder.Services.AddSingleton<FeedClaims>();
        builder.Services.AddSingleton<FileAttempts>();
        builder.Services.AddHostedService<FeedScanner>();

        builder.Services.AddOptions<RepublishOptions>()
            .BindConfiguration(RepublishOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<StalledArticleRepublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StalledArticleRepublisher>());
        return builder;
    }

    /// <summary>
    /// The watcher's one subscription: articles a downstream service gave up on (<c>Fault&lt;T&gt;</c>) are marked failed.
    /// What was stored the watcher asks the storage service (<see cref="StoredArticleQuery"/>) rather than hearing
    /// every <c>ArticleStored</c>. With several watchers each must hear every fault, not compete for them: given
    /// <c>Feed:InstanceId</c>, the queue is named after the instance; without it, one watcher keeps the plain name.
    /// </summary>
    public static IBusRegistrationConfigurator AddFeedWatcherConsumers(this IBusRegistrationConfigurator bus, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(bus);
        string? instanceId = configuration?[$"{FeedOptions.SectionName}:{nameof(FeedOptions.InstanceId)}"];
        IConsumerRegistrationConfigurator<ArticleFaultConsumer> faults = bus.AddConsumer<ArticleFaultConsumer>();
        if (instanceId is { Length: > 0 })
        {
            faults.Endpoint(endpoint => endpoint.InstanceId = instanceId);
        }

        return bus;
    }
}
