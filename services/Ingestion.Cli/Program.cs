using System.Runtime.InteropServices;
using Ingestion.Cli.Commands;
using Ingestion.Cli.Commands.Articles;
using Ingestion.Cli.Commands.Dashboard;
using Ingestion.Cli.Commands.Enrich;
using Ingestion.Cli.Commands.Errors;
using Ingestion.Cli.Commands.Evaluate;
using Ingestion.Cli.Commands.Feed;
using Ingestion.Cli.Commands.Queues;
using Ingestion.Cli.Commands.Run;
using Ingestion.Cli.Commands.Status;
using Ingestion.Cli.Commands.Tail;
using Ingestion.Cli.Commands.Train;
using Ingestion.Cli.Invocation;
using Ingestion.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

AnsiConsole.Console = TerminalOutput.Create(Console.Out, Console.IsOutputRedirected);
var invocation = new CommandInvocation(args, Console.Error, TerminalOutput.ForErrors());
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("ingest");
    config.UseAssemblyInformationalVersion();
    config.ConfigureConsole(AnsiConsole.Console);
    config.SetInterceptor(invocation);
    config.SetExceptionHandler(invocation.Fail);
    config.AddCommand<RunCommand>("run")
        .WithDescription("Run feed-watcher, enrichment and storage in one process (in-memory bus and LiteDB unless told otherwise).")
        .WithExample("run", "--feed", "./feed");
    config.AddCommand<EnrichCommand>("enrich")
        .WithDescription("Enrich article files without bus or store (a dry run) and print what would be stored.")
        .WithExample("enrich", "article.txt", "--reference-date", "2021-07-29", "--json");
    config.AddCommand<StatusCommand>("status")
        .WithDescription("Each file's and article's progress: published, stored, failed (from the feed-watcher's ledger).")
        .WithExample("status", "--pending", "--feed", "./feed");
    config.AddBranch<ArticlesSettings>("articles", articles =>
    {
        articles.SetDescription("Read the article store (also while the storage service runs).");
        articles.AddCommand<CountArticlesCommand>("count").WithDescription("How many articles are stored.");
        articles.AddCommand<ExportArticlesCommand>("export").WithDescription("Every stored article, one JSON object per line.");
        articles.AddCommand<ShowArticleCommand>("show").WithDescription("One stored article by id.");
        articles.AddCommand<RepublishArticlesCommand>("republish")
            .WithDescription("Publish stored documents again as ArticleEnriched, so that a new subscriber can backfill.")
            .WithExample("articles", "republish", "--since", "2026-11-01");
        articles.AddCommand<FindArticlesCommand>("find")
            .WithDescription("Articles by entity, type, date, agency, language or words, newest stored first, a page at a time.")
            .WithExample("articles", "find", "--entity", "القاهرة", "--type", "LOC", "--date", "2024-03");
        articles.AddCommand<ReindexArticlesCommand>("reindex").WithDescription("Write the search keys of documents stored before they existed (--all: of every document).");
    });
    config.AddBranch("evaluate", evaluate =>
    {
        evaluate.SetDescription("Measure the engine against annotated data.");
        evaluate.AddCommand<EvaluateNerCommand>("ner").WithDescription("Entity-level precision, recall and F1 on gold CoNLL data.");
        evaluate.AddCommand<EvaluateDatesCommand>("dates").WithDescription("Pass rates on the Recognizers-Text Arabic date specs.");
        evaluate.AddCommand<EvaluateTimexCommand>("timex")
            .WithDescription("TempEval-3 TIMEX3 measures (strict/relaxed span, type, value) on TimeML or stand-off gold.")
            .WithExample("evaluate", "timex", "--gold", "../shared/corpus/temporal-en");
    });
    config.AddBranch("train", train =>
    {
        train.SetDescription("Train the engine's models.");
        train.AddCommand<TrainNerCommand>("ner")
            .WithDescription("Train the named-entity model (averaged perceptron), deterministically.")
            .WithExample("train", "ner", "--corpus", "shared/data/corpus/anercorp/ANERCorp_CamelLab_train.txt", "--out", "ner-ar.model.gz");
        train.AddCommand<TrainEmbeddingsCommand>("embeddings")
            .WithDescription("Train skip-gram word vectors (with character n-grams) on unlabelled news and cluster them for the entity model, deterministically.")
            .WithExample("train", "embeddings", "--corpus", "../shared/corpus/unlabeled-ar/saudinewsnet", "--out", "clusters-ar.tsv.gz");
    });
    config.AddBranch("feed", feed =>
    {
        feed.SetDescription("Manage the watched folder.");
        feed.AddCommand<RetryFeedCommand>("retry").WithDescription("Move failed files back into the feed for another try.");
        feed.AddCommand<RetryFeedCommand>("replay").IsHidden(); // the old name, for one release
    });
    config.AddCommand<QueuesCommand>("queues")
        .WithDescription("Every queue with ready, unacked, consumers and rates, from the RabbitMQ management API.")
        .WithExample("queues", "--watch");
    config.AddCommand<DashboardCommand>("dashboard").WithDescription("Serve the status page (default http://localhost:5080).").WithExample("dashboard", "--feed", "./feed");
    config.AddCommand<TailCommand>("tail").WithDescription("Print ArticleEnriched / ArticleStored events as they are published (a temporary queue of its own).").WithExample("tail", "--event", "stored");
    config.AddCommand<RepublishArticlesCommand>("replay").IsHidden(); // the old name of 'articles republish', for one release
    config.AddBranch<ManagementSettings>("errors", errors =>
    {
        errors.SetDescription("Inspect the _error queues and move their messages back.");
        errors.AddCommand<ListErrorsCommand>("list").WithDescription("What sits in the error queues and why (nothing is removed).");
        errors.AddCommand<RequeueErrorsCommand>("requeue")
            .WithDescription("Move messages from error queues back to their queues for another try.")
            .WithExample("errors", "requeue", "--queue", "article-enriched");
        errors.AddCommand<RequeueErrorsCommand>("replay").IsHidden(); // the old name, for one release
    });
});

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// A supervisor or `kill` stops long-running commands (run, dashboard, tail) with SIGTERM: the same orderly stop as Ctrl+C.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});
return invocation.ExitCode(await app.RunAsync(args, cancellation.Token));
