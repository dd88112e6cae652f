using System.Text.Json;
using Ingestion.Cli.Connecting;
using Ingestion.Cli.Replaying;
using Ingestion.Cli.Terminal;
using Ingestion.Contracts;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

/// <summary>
/// <c>ingest articles republish --since DATE</c>: stored documents published again as <see cref="ArticleEnriched"/>, so that a new
/// subscriber can backfill. Published to the exchange, every subscriber gets them, the storage service too: its upsert
/// by id rewrites the same document (and announces <c>ArticleStored</c> with <c>created: false</c>). <c>--queue</c> sends
/// to one subscriber's queue only and disturbs nobody else.
/// </summary>
public sealed class RepublishArticlesCommand : AsyncCommand<RepublishSettings>
{
    /// <summary>Set on every replayed message, for subscribers that want to tell a backfill from live traffic.</summary>
    public const string ReplayHeader = "Ingestion-Replayed";

    public override async Task<int> ExecuteAsync(CommandContext context, RepublishSettings settings, CancellationToken cancellationToken)
    {
        DateTimeOffset since = settings.SinceTime;
        DateTimeOffset until = settings.UntilTime;
        await using IArticleStore store = await ArticleStoreConnection.OpenForReadingAsync(settings.ResolveConnectionString(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        int total = 0;
        await foreach (ArticleDocument document in store.ExportAsync(cancellationToken).ConfigureAwait(false))
        {
            total += InRange(document, since, until) ? 1 : 0;
        }

        string target = settings.Queue is null ? "every subscriber (exchange Ingestion.Contracts:ArticleEnriched)" : "queue " + settings.Queue;
        if (total == 0)
        {
            if (settings.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { republished = 0, to = target }));
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"No document stored from {since:u} to {(settings.Until is null ? "now" : until.ToString("u"))} in {store.Kind} {store.Location}.");
            }

            return 0;
        }

        string rabbitMq = settings.ResolveRabbitMq()!;
        await BrokerProbe.EnsureReachableAsync(rabbitMq, settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        using IHost host = BuildBus(rabbitMq, settings.ConnectTimeout);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IBus bus = host.Services.GetRequiredService<IBus>();
            ISendEndpoint? queue = settings.Queue is null ? null : await bus.GetSendEndpoint(new Uri($"queue:{settings.Queue}")).ConfigureAwait(false);
            // Under --json the progress goes to stderr, so that stdout is the one JSON object.
            IAnsiConsole display = settings.Json ? TerminalOutput.ForErrors() : AnsiConsole.Console;
            int republished = await display.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    ProgressTask task = progress.AddTask($"republishing {total} article(s)", maxValue: total);
                    int sent = 0;
                    await foreach (ArticleDocument document in store.ExportAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (!InRange(document, since, until) || sent == total)
                        {
                            continue;
                        }

                        ArticleEnriched message = StoredArticleEvent.ToEnriched(document);
                        if (queue is null)
                        {
                            await bus.Publish(message, c => c.Headers.Set(ReplayHeader, true), cancellationToken).ConfigureAwait(false);
                        }
                        else
                        {
                            await queue.Send(message, c => c.Headers.Set(ReplayHeader, true), cancellationToken).ConfigureAwait(false);
                        }

                        sent++;
                        task.Increment(1);
                    }

                    return sent;
                })
                .ConfigureAwait(false);
            if (settings.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { republished, to = target }));
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"Republished {republished} article(s) as ArticleEnriched to {target}.");
            }

            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static bool InRange(ArticleDocument document, DateTimeOffset since, DateTimeOffset until) =>
        document.StoredAt >= since && document.StoredAt < until;

    private static IHost BuildBus(string rabbitMq, TimeSpan connectTimeout)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = rabbitMq,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddIngestionBus(builder.Configuration, _ => { });

        // A broker lost between the probe and the start fails the start instead of being retried in the background.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = connectTimeout;
            options.StopTimeout = connectTimeout;
        });
        return builder.Build();
    }
}
