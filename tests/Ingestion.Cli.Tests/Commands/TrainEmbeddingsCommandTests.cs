using System.IO.Compression;
using System.Text.Json;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands;

/// <summary><c>ingest train embeddings</c> on a tiny SaudiNewsNet-shaped zip: vectors, then nested clusters.</summary>
public sealed class TrainEmbeddingsCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> s_environment = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-embeddings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TrainEmbeddings_TinyCorpus_WritesTheSameClusterFileTwice()
    {
        string corpus = Directory.CreateDirectory(Path.Combine(_folder, "news")).FullName;
        string[] places = ["بغداد", "دمشق", "القاهرة", "الرياض"];
        var articles = Enumerable.Range(0, 40).Select(i => new { title = $"زيارة إلى {places[i % 4]}", content = $"وصل الوزير إلى {places[i % 4]} أمس\nوقال الوزير إن الزيارة مهمة" });
        using (ZipArchive zip = ZipFile.Open(Path.Combine(corpus, "2015-07-21.zip"), ZipArchiveMode.Create))
        await using (Stream entry = zip.CreateEntry("2015-07-21.json").Open())
        {
            await JsonSerializer.SerializeAsync(entry, articles, cancellationToken: TestContext.Current.CancellationToken);
        }

        string first = Path.Combine(_folder, "first.tsv.gz");
        string second = Path.Combine(_folder, "second.tsv.gz");
        foreach (string output in (string[])[first, second])
        {
            (int exitCode, string stdout, string error) = await IngestProcess.RunAsync(
                s_environment, "train", "embeddings", "--corpus", corpus, "--out", output, "--dim", "8", "--min-count", "2", "--clusters", "2,4", "--threads", "2");
            Assert.True(exitCode == 0, error + stdout);
        }

        Assert.Equal(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
        await using var gzip = new GZipStream(File.OpenRead(first), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        string[] lines = (await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# clusters 2 4", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("بغداد\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrainEmbeddings_NeitherCorpusNorVectors_IsRejected()
    {
        (int exitCode, _, string error) = await IngestProcess.RunAsync(s_environment, "train", "embeddings", "--out", Path.Combine(_folder, "c.tsv.gz"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--corpus", error, StringComparison.Ordinal);
    }
}
