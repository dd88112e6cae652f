using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Terminal;

/// <summary>With standard output not a terminal (as in every test), what a person reads in one line stays one line.</summary>
public sealed class PipedOutputTests
{
    // Guards: Spectre wrapped piped output at 80 columns, splitting the header line between id and reference date.
    [Fact]
    public async Task Enrich_Piped_PrintsTheHeaderOnOneLineAndTablesWithoutBorders()
    {
        (int exitCode, string output, string error) = await IngestProcess.RunAsync(new Dictionary<string, string?>(), "enrich", RepositoryFolders.Seed, "--reference-date", "2021-07-29");

        Assert.True(exitCode == 0, error + output);
        string[] lines = output.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("id ", StringComparison.Ordinal) && line.Contains("· reference date 2021-07-29", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains('│', StringComparison.Ordinal) || line.Contains('─', StringComparison.Ordinal));
    }
}
