using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Enrichment.Annotation;
using Ingestion.Enrichment.Engine;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Parsing;
using Ingestion.Storage.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Enrich;

/// <summary>
/// <c>ingest enrich</c>: the pipeline's own path (read → message → engine → document) without a bus or a store,
/// so what it prints is what the pipeline would store.
/// </summary>
public sealed class EnrichCommand : Command<EnrichSettings>
{
    private static readonly FeedFileReader s_reader = new(ArticleReaders.Default);

    public override int Execute(CommandContext context, EnrichSettings settings, CancellationToken cancellationToken)
    {
        IEnrichmentEngine engine = DefaultEnrichmentEngine.Instance;
        int failures = 0;
        foreach (string path in ExpandPaths(settings.Paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            FeedFile file;
            try
            {
                file = s_reader.Read(path, long.MaxValue);
            }
            catch (Exception ex) when (ex is ArticleParseException or IOException or UnauthorizedAccessException)
            {
                failures++;
                Console.Error.WriteLine($"{path}: {ex.Message}");
                continue;
            }

            DateTimeOffset now = DateTimeOffset.UtcNow;
            foreach (ParsedArticle article in file.Articles)
            {
                ArticleDiscovered discovered = ArticleDiscoveredFactory.Create(article, file, now);
                ArticleEnriched enriched = ArticleEnrichedFactory.Enrich(engine, discovered, now, settings.ParsedReferenceDate);
                ArticleDocument document = ArticleDocumentMapper.FromEnriched(enriched, now);
                if (settings.Json)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(document, ArticleDocumentJson.Options));
                }
                else
                {
                    EnrichedArticleView.Write(document, enriched.ReferenceDate);
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path).Where(f => FeedFileFilter.IsCandidate(f, ArticleReaders.Default.Extensions)).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
