using Ingestion.Cli.Management;
using Ingestion.FeedWatcher.Intake;
using Ingestion.Storage.Persistence;

namespace Ingestion.Cli.Dashboard;

/// <summary>What the status page reads: the feed's folders, the ledger, the store and, with RabbitMQ, the management API.</summary>
public sealed record DashboardSources(FeedOptions Feed, LedgerReader Ledger, IArticleStore Store, RabbitMqManagementClient? Management);
