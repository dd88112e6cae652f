using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands;

/// <summary><c>ingest train ner</c> with a chosen held-out slice and training-only extra data, on a tiny corpus.</summary>
public sealed class TrainNerCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> s_environment = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-train-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TrainNer_HoldoutSlice_HoldsOutThatSliceAndNeverTheExtraData()
    {
        // Ten sentences "جملة0 ..." to "جملة9"; 20% gives five slices of two, slice 2 = sentences 2 and 3.
        string corpus = Write("corpus.txt", Enumerable.Range(0, 10).Select(i => $"جملة{i} O\nزار O\nالكويت B-LOC\n"));
        string extra = Write("extra.txt", ["إضافية O\nقطر B-LOC\n"]);
        string dev = Path.Combine(_folder, "dev.txt");
        string model = Path.Combine(_folder, "model.gz");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            s_environment, "train", "ner", "--corpus", corpus, "--extra", extra, "--out", model, "--epochs", "2", "--holdout", "20", "--holdout-slice", "2", "--dev-out", dev);

        Assert.True(exitCode == 0, error + output);
        Assert.True(File.Exists(model));
        string[] firstWords = [.. File.ReadAllText(dev).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split(' ')[0])];
        Assert.Equal(["جملة2", "جملة3"], firstWords);
        Assert.Contains("9 sentences", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainNer_HoldoutSliceWithoutHoldout_IsRejected()
    {
        string corpus = Write("corpus.txt", ["زار O\nالكويت B-LOC\n"]);

        (int exitCode, _, string error) = await IngestProcess.RunAsync(
            s_environment, "train", "ner", "--corpus", corpus, "--out", Path.Combine(_folder, "model.gz"), "--holdout-slice", "2");

        Assert.Equal(2, exitCode);
        Assert.Contains("--holdout-slice", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainNer_CrossValidation_PrintsMeanAndSpreadPerTypeAndWritesNoModel()
    {
        string corpus = Write("corpus.txt", Enumerable.Range(0, 10).Select(i => $"جملة{i} O\nزار O\nالكويت B-LOC\n"));

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            s_environment, "train", "ner", "--corpus", corpus, "--epochs", "2", "--cv", "2");

        Assert.True(exitCode == 0, error + output);
        Assert.Contains("2 folds (5, 5 sentences", output, StringComparison.Ordinal);
        Assert.Contains("±", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.gz"));
    }

    [Fact]
    public async Task TrainNer_CrossValidationWithHoldout_IsRejected()
    {
        string corpus = Write("corpus.txt", ["زار O\nالكويت B-LOC\n"]);

        (int exitCode, _, string error) = await IngestProcess.RunAsync(
            s_environment, "train", "ner", "--corpus", corpus, "--cv", "5", "--holdout", "10");

        Assert.Equal(2, exitCode);
        Assert.Contains("--cv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainNer_CapitalsEvery_TrainsOnCopiesInCapitalsToo()
    {
        // Four English sentences; every second one is copied in capitals: six training sentences.
        string corpus = Write("corpus.txt", Enumerable.Range(0, 4).Select(i => $"Mayor O\nLindqvist{i} B-PER\nspoke O\n"));

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            s_environment, "train", "ner", "--corpus", corpus, "--out", Path.Combine(_folder, "model.gz"), "--epochs", "2", "--capitals-every", "2");

        Assert.True(exitCode == 0, error + output);
        Assert.Contains("en model on 6 sentences", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainNer_CapitalsEveryWithCrossValidation_IsRejected()
    {
        string corpus = Write("corpus.txt", ["Mayor O\nLindqvist B-PER\n"]);

        (int exitCode, _, string error) = await IngestProcess.RunAsync(
            s_environment, "train", "ner", "--corpus", corpus, "--cv", "5", "--capitals-every", "4");

        Assert.Equal(2, exitCode);
        Assert.Contains("--capitals-every", error, StringComparison.Ordinal);
    }

    private string Write(string name, IEnumerable<string> sentences)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\n", sentences));
        return path;
    }
}
