using Ingestion.Cli.Dashboard;
using Ingestion.Cli.Management;

namespace Ingestion.Cli.Tests.Dashboard;

public sealed class StatusChecksTests
{
    private static readonly StoreCounts s_store = new("litedb", "articles.db", 10, null);

    [Fact]
    public void Health_RabbitMqQueueWithoutConsumer_ThatServiceIsDownAndAlerted()
    {
        QueueInfo[] queues =
        [
            new("article-discovered", 40, 0, 0, 5, 0),
            new("article-enriched", 0, 0, 2, 1, 1),
            new("article-enriched_error", 3, 0, 0, 0, 0),
        ];

        IReadOnlyList<ServiceHealth> health = StatusChecks.Health(false, true, s_store, true, queues, null, onRabbitMq: true);
        IReadOnlyList<StatusAlert> alerts = StatusChecks.Alerts(Summary(queues), health);

        Assert.Equal(
            ["feed-watcher:ok", "enrichment:down", "storage:ok", "store:ok", "rabbitmq:ok"],
            health.Select(h => $"{h.Name}:{h.State}"));
        Assert.Equal("no consumer on article-discovered (40 waiting)", health[1].Detail);
        Assert.Equal(
            ["error:enrichment is down: no consumer on article-discovered (40 waiting)", "error:3 message(s) in article-enriched_error: see 'ingest errors list'."],
            alerts.Select(a => $"{a.Level}:{a.Message}"));
    }

    [Fact]
    public void Health_ManagementApiDown_BrokerDownAndConsumersUnknown()
    {
        IReadOnlyList<ServiceHealth> health = StatusChecks.Health(false, false, s_store, true, null, "Connection refused", onRabbitMq: true);

        Assert.Equal(
            ["feed-watcher:unknown", "enrichment:unknown", "storage:unknown", "store:ok", "rabbitmq:down"],
            health.Select(h => $"{h.Name}:{h.State}"));
    }

    [Fact]
    public void Alerts_StoreDownAndFailures_ErrorsForTheStoreAndArticlesWarningForFiles()
    {
        StoreCounts down = new("mongodb", "ingestion/articles", null, "timed out");
        IReadOnlyList<ServiceHealth> health = StatusChecks.Health(true, true, down, false, null, null, onRabbitMq: false);

        IReadOnlyList<StatusAlert> alerts = StatusChecks.Alerts(Summary(null, failedFiles: 2, failedArticles: 1), health);

        Assert.Equal(
            ["error:store is down: timed out", "error:1 article(s) failed downstream.", "warning:2 file(s) could not be read: see failed/ and 'ingest feed replay'."],
            alerts.Select(a => $"{a.Level}:{a.Message}"));
    }

    private static PipelineSummary Summary(IReadOnlyList<QueueInfo>? queues, int failedFiles = 0, int failedArticles = 0) => new(
        DateTimeOffset.UnixEpoch,
        "rabbitmq",
        new FeedCounts(0, 0, 0, failedFiles),
        new ArticleCounts(0, 0, 0, failedArticles),
        s_store,
        queues,
        null,
        [],
        []);
}
