using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Ingestion.Benchmarks;

/// <summary>Defaults plus allocations per article and MB/s.</summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ThroughputColumn());
}
