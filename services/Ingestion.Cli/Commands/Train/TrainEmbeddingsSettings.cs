using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Train;

public sealed class TrainEmbeddingsSettings : IngestSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("A SaudiNewsNet directory (its *.zip files of JSON articles). Needed unless --vectors is given.")]
    public string? Corpus { get; init; }

    [CommandOption("--vectors <FILE>")]
    [Description("Cluster vectors written by an earlier run (--vectors-out) instead of training them again.")]
    public string? Vectors { get; init; }

    [CommandOption("--vectors-out <FILE>")]
    [Description("Also write the trained vectors of the --top words (binary).")]
    public string? VectorsOut { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("The word cluster file for the tagger (gzip, word TAB cluster per granularity).")]
    public string Out { get; init; } = string.Empty;

    [CommandOption("--dim <N>")]
    [DefaultValue(100)]
    public int Dimension { get; init; } = 100;

    [CommandOption("--epochs <N>")]
    [DefaultValue(3)]
    public int Epochs { get; init; } = 3;

    [CommandOption("--min-count <N>")]
    [DefaultValue(5)]
    public int MinCount { get; init; } = 5;

    [CommandOption("--threads <N>")]
    [Description("Training threads. The vectors depend on the seed and on this number, never on timing. Default: 2.")]
    [DefaultValue(2)]
    public int Threads { get; init; } = 2;

    [CommandOption("--seed <N>")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--top <N>")]
    [Description("Cluster only the N most frequent words (the file's size). Default: 150000.")]
    [DefaultValue(150_000)]
    public int Top { get; init; } = 150_000;

    [CommandOption("--clusters <K,K,...>")]
    [Description("Numbers of clusters, e.g. 64,256,1024: the finest by k-means over the words, the others over its centroids.")]
    [DefaultValue("64,256,1024")]
    public string Clusters { get; init; } = "64,256,1024";

    [CommandOption("--iterations <N>")]
    [Description("k-means iterations. Default: 10.")]
    [DefaultValue(10)]
    public int Iterations { get; init; } = 10;

    public IReadOnlyList<int> ClusterSizes => [.. Clusters.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k => int.Parse(k, CultureInfo.InvariantCulture)).Order()];

    public override ValidationResult Validate()
    {
        if ((Corpus is null) == (Vectors is null))
        {
            return ValidationResult.Error("Give either --corpus DIR (to train vectors) or --vectors FILE.");
        }

        if (Corpus is not null && (!Directory.Exists(Corpus) || Directory.GetFiles(Corpus, "*.zip").Length == 0))
        {
            return ValidationResult.Error($"--corpus: no *.zip files in '{Corpus}'.");
        }

        if (Vectors is not null && !File.Exists(Vectors))
        {
            return ValidationResult.Error($"--vectors: no file '{Vectors}'.");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out FILE is required.");
        }

        if (!Clusters.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(k => int.TryParse(k, CultureInfo.InvariantCulture, out int n) && n is > 1 and < 65536))
        {
            return ValidationResult.Error("--clusters is a comma-separated list of cluster counts from 2 to 65535.");
        }

        return Dimension > 0 && Epochs > 0 && Threads > 0 && Top > 0 && Iterations > 0
            ? ValidationResult.Success()
            : ValidationResult.Error("--dim, --epochs, --threads, --top and --iterations must be positive.");
    }
}
