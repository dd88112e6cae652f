using Ingestion.Cli.Management;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// Each service's health and the alerts, judged from what the page already reads: the store's answer, the ledger,
/// and on RabbitMQ each queue's consumers (a service that is down has none on its queue).
/// </summary>
public static class StatusChecks
{
    public const string DiscoveredQueue = "article-discovered";
    public const string EnrichedQueue = "article-enriched";

    public static IReadOnlyList<ServiceHealth> Health(bool inProcess, bool ledgerFound, StoreCounts store, bool storeAnswers, IReadOnlyList<QueueInfo>? queues, string? queuesError, bool onRabbitMq)
    {
        ArgumentNullException.ThrowIfNull(store);
        List<ServiceHealth> services =
        [
            inProcess
                ? new ServiceHealth("feed-watcher", ServiceHealth.Ok, "running in this process")
                : ledgerFound
                    ? new ServiceHealth("feed-watcher", ServiceHealth.Ok, "ledger readable")
                    : new ServiceHealth("feed-watcher", ServiceHealth.Unknown, "no ledger yet at the state folder"),
            Consumer("enrichment", DiscoveredQueue, inProcess, queues, queuesError, onRabbitMq),
            Consumer("storage", EnrichedQueue, inProcess, queues, queuesError, onRabbitMq),
            storeAnswers
                ? new ServiceHealth("store", ServiceHealth.Ok, $"{store.Kind} · {store.Location}")
                : new ServiceHealth("store", ServiceHealth.Down, store.Error ?? "does not answer"),
        ];
        if (onRabbitMq)
        {
            services.Add(queuesError is null
                ? new ServiceHealth("rabbitmq", ServiceHealth.Ok, "management API answers")
                : new ServiceHealth("rabbitmq", ServiceHealth.Down, queuesError));
        }

        return services;
    }

    public static IReadOnlyList<StatusAlert> Alerts(PipelineSummary summary, IReadOnlyList<ServiceHealth> services)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(services);
        List<StatusAlert> alerts = [];
        foreach (ServiceHealth down in services.Where(s => s.State == ServiceHealth.Down))
        {
            alerts.Add(new StatusAlert(StatusAlert.Error, $"{down.Name} is down: {down.Detail}"));
        }

        foreach (QueueInfo queue in (summary.Queues ?? []).Where(q => q.IsErrorQueue && q.Ready + q.Unacknowledged > 0))
        {
            alerts.Add(new StatusAlert(StatusAlert.Error, $"{queue.Ready + queue.Unacknowledged} message(s) in {queue.Name}: see 'ingest errors list'."));
        }

        if (summary.Articles.Failed > 0)
        {
            alerts.Add(new StatusAlert(StatusAlert.Error, $"{summary.Articles.Failed} article(s) failed downstream."));
        }

        if (summary.Files.Failed > 0)
        {
            alerts.Add(new StatusAlert(StatusAlert.Warning, $"{summary.Files.Failed} file(s) could not be read: see failed/ and 'ingest feed replay'."));
        }

        return alerts;
    }

    private static ServiceHealth Consumer(string name, string queue, bool inProcess, IReadOnlyList<QueueInfo>? queues, string? queuesError, bool onRabbitMq)
    {
        if (!onRabbitMq)
        {
            return inProcess
                ? new ServiceHealth(name, ServiceHealth.Ok, "running in this process")
                : new ServiceHealth(name, ServiceHealth.Unknown, "in-memory bus: nothing to ask");
        }

        if (queues is null)
        {
            return new ServiceHealth(name, ServiceHealth.Unknown, $"queues unknown: {queuesError}");
        }

        QueueInfo? info = queues.FirstOrDefault(q => q.Name == queue);
        return info switch
        {
            null => new ServiceHealth(name, ServiceHealth.Down, $"queue {queue} does not exist"),
            { Consumers: 0 } => new ServiceHealth(name, ServiceHealth.Down, $"no consumer on {queue} ({info.Ready} waiting)"),
            _ => new ServiceHealth(name, ServiceHealth.Ok, $"{info.Consumers} consumer(s) on {queue}"),
        };
    }
}
