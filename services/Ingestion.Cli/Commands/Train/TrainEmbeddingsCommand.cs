using Ingestion.Enrichment.Engine.Entities.Representations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Train;

/// <summary>
/// <c>ingest train embeddings</c>: skip-gram vectors with character n-grams over unlabelled news, then nested k-means
/// word clusters for the tagger's features. Deterministic for a seed and thread count.
/// </summary>
public sealed class TrainEmbeddingsCommand : Command<TrainEmbeddingsSettings>
{
    public override int Execute(CommandContext context, TrainEmbeddingsSettings settings, CancellationToken cancellationToken)
    {
        WordVectors vectors = settings.Vectors is null ? TrainVectors(settings, cancellationToken) : Load(settings.Vectors);
        vectors = vectors.Top(settings.Top);
        if (settings.VectorsOut is not null)
        {
            using FileStream stream = File.Create(settings.VectorsOut);
            vectors.Save(stream);
        }

        IReadOnlyList<int> sizes = settings.ClusterSizes;
        AnsiConsole.MarkupLineInterpolated($"Clustering the {vectors.Words.Count} most frequent words into {string.Join(" / ", sizes)} clusters ({settings.Iterations} k-means iterations).");
        IReadOnlyList<int[]> assignments = AnsiConsole.Status().Start("k-means", _ => WordClustering.Cluster(vectors, sizes, settings.Iterations, settings.Seed, settings.Threads, cancellationToken));
        using (FileStream stream = File.Create(settings.Out))
        {
            WordClusters.Write(stream, vectors.Words, sizes, assignments);
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote [blue]{settings.Out}[/]: {vectors.Words.Count} words, {new FileInfo(settings.Out).Length / 1024} KiB.");
        return 0;
    }

    private static WordVectors TrainVectors(TrainEmbeddingsSettings settings, CancellationToken cancellationToken)
    {
        var options = new SkipGramOptions { Dimension = settings.Dimension, Epochs = settings.Epochs, MinCount = settings.MinCount, Threads = settings.Threads, Seed = settings.Seed };
        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask reading = progress.AddTask("reading", maxValue: 1);
                (Vocabulary vocabulary, List<int[]> sentences) = UnlabeledNews.Encode(
                    UnlabeledNews.ReadSaudiNewsNet(settings.Corpus!),
                    options.MinCount,
                    new Progress<long>(tokens => reading.Description = $"reading, {tokens:N0} tokens"));
                reading.Value = 1;
                long tokens = sentences.Sum(s => (long)s.Length);
                reading.Description = $"read {sentences.Count:N0} sentences, {tokens:N0} tokens, {vocabulary.Count:N0} words seen {options.MinCount}+ times";
                ProgressTask training = progress.AddTask("skip-gram", maxValue: 1);
                WordVectors trained = SkipGramTrainer.Train(sentences, vocabulary, options, new Progress<SkipGramProgress>(update =>
                {
                    training.Description = $"skip-gram epoch {update.Epoch}/{update.Epochs}, loss {update.Loss:0.000}";
                    training.Value = (double)update.Tokens / update.TotalTokens;
                }), cancellationToken);
                training.Value = 1;
                return trained;
            });
    }

    private static WordVectors Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return WordVectors.Load(stream);
    }
}
