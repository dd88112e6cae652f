using BenchmarkDotNet.Running;
using Ingestion.Benchmarks;

// --quick: a few seconds of Stopwatch loops printing MB/s (CI smoke); otherwise BenchmarkDotNet with its own arguments.
if (args.Contains("--quick"))
{
    QuickRun.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ArticleCorpus).Assembly).Run(args, BenchmarkConfig.Create());
