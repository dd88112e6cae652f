using System.Text.Json;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands;

/// <summary><c>ingest status</c> after an <c>ingest run</c> with its defaults, from the folder the run was started in.</summary>
public sealed class StatusCommandTests(StatusCommandTests.RunOnce run) : IClassFixture<StatusCommandTests.RunOnce>
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    // Guards: status looked in {feed}/.ingest ("No ledger") while the run's ledger was in ./data/intake.
    [Fact]
    public async Task Status_AfterRunWithDefaultData_ReadsTheRunsLedger()
    {
        (int exitCode, string output, string error) = await IngestProcess.RunInAsync(run.Folder, s_noEnvironment, "status", "--feed", "./feed");

        Assert.True(exitCode == 0, error + output);
        Assert.Contains(Path.Combine(run.Folder, "data", "intake"), output, StringComparison.Ordinal);
        Assert.Contains("articles: 1 stored", output, StringComparison.Ordinal);
    }

    // Guards: status --json printed plain text.
    [Fact]
    public async Task Status_Json_PrintsTheCountsAsJson()
    {
        (int exitCode, string output, string error) = await IngestProcess.RunInAsync(run.Folder, s_noEnvironment, "status", "--feed", "./feed", "--json");

        Assert.True(exitCode == 0, error + output);
        JsonElement status = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, status.GetProperty("articles").GetProperty("stored").GetInt32());
        Assert.Equal(1, status.GetProperty("files").GetProperty("processed").GetInt32());
    }

    // Guards: piped, each stored line wrapped at 80 columns mid-phrase ("ar · 33 ⏎entities"), so grep missed it.
    [Fact]
    public void Run_PipedOutput_KeepsEachStoredLineWhole() =>
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("stored ", StringComparison.Ordinal) && line.Contains(" entities · ", StringComparison.Ordinal) && line.Contains(" dates · ", StringComparison.Ordinal));

    // Guards: piped tables split 32-character ids over several lines and drew box borders around them.
    [Fact]
    public async Task StatusFile_PipedTable_KeepsEachRowOnOneLineWithoutBorders()
    {
        (int exitCode, string output, string error) = await IngestProcess.RunInAsync(run.Folder, s_noEnvironment, "status", "--feed", "./feed", Path.GetFileName(RepositoryFolders.Seed));

        Assert.True(exitCode == 0, error + output);
        string row = Assert.Single(output.Split('\n'), line => line.Contains("Stored", StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{32} ", row.TrimStart());
        Assert.DoesNotContain('│', output);
    }

    /// <summary>One <c>ingest run --until-idle</c> of the seed article, started in a folder of its own with the default ./data.</summary>
    public sealed class RunOnce : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("ingestion-status-").FullName;

        public string Output { get; private set; } = string.Empty;

        public async ValueTask InitializeAsync()
        {
            string feed = Directory.CreateDirectory(Path.Combine(Folder, "feed")).FullName;
            File.Copy(RepositoryFolders.Seed, Path.Combine(feed, Path.GetFileName(RepositoryFolders.Seed)));
            (int exitCode, string output, string error) = await IngestProcess.RunInAsync(
                Folder, new Dictionary<string, string?> { ["Feed__QuietPeriod"] = "00:00:00.200" }, "run", "--feed", "./feed", "--no-dashboard", "--until-idle");
            Assert.True(exitCode == 0, error + output);
            Output = output;
        }

        public ValueTask DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
