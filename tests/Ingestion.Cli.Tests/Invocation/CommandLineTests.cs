using System.Text.RegularExpressions;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Invocation;

/// <summary>The command line is strict and its exit codes are conventional: 0 ok, 1 failure, 2 usage.</summary>
public sealed partial class CommandLineTests
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    // Guards: a mistyped option was ignored and the command ran on defaults (the local store's count, exit 0).
    [Fact]
    public async Task ArticlesCount_MistypedOption_FailsWithUsageNamingTheNearestOption()
    {
        (int exitCode, string output, string error) = await IngestProcess.RunAsync(s_noEnvironment, "articles", "count", "--artcles", "mongodb://nowhere");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("Unknown option '--artcles'", error, StringComparison.Ordinal);
        Assert.Contains("did you mean --articles?", error, StringComparison.Ordinal);
    }

    // Guards: an argument no command takes was dropped silently (Spectre left it in the remaining arguments).
    [Fact]
    public async Task Enrich_ArgumentsAfterDoubleDash_FailWithUsage()
    {
        (int exitCode, _, string error) = await IngestProcess.RunAsync(s_noEnvironment, "enrich", RepositoryFolders.Seed, "--", "extra");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unexpected argument 'extra'", error, StringComparison.Ordinal);
    }

    // Guards: --version was an error.
    [Fact]
    public async Task Version_Flag_PrintsTheVersionAndSucceeds()
    {
        (int exitCode, string output, string error) = await IngestProcess.RunAsync(s_noEnvironment, "--version");

        Assert.True(exitCode == 0, error);
        Assert.Matches(Version(), output);
    }

    // Guards: usage errors exited 255.
    [Theory]
    [InlineData("bogus")]
    [InlineData("articles", "cont")]
    [InlineData("status", "--pending", "--failed", "--feed", ".")]
    public async Task UsageError_AnyKind_ExitsWithTwo(params string[] arguments)
    {
        (int exitCode, _, string error) = await IngestProcess.RunAsync(s_noEnvironment, arguments);

        Assert.Equal(2, exitCode);
        Assert.NotEmpty(error);
    }

    // Guards: no arguments printed help and exited 0, as if something had been done.
    [Theory]
    [InlineData]
    [InlineData("articles")]
    public async Task NoCommand_PrintsHelpAndExitsWithUsage(params string[] arguments)
    {
        (int exitCode, string output, _) = await IngestProcess.RunAsync(s_noEnvironment, arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("USAGE:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Asked_ExitsWithZero()
    {
        (int exitCode, string output, _) = await IngestProcess.RunAsync(s_noEnvironment, "tail", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--connect-timeout", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_NamesNoCommandReplay()
    {
        (int exitCode, string output, _) = await IngestProcess.RunAsync(s_noEnvironment, "--help");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("replay ", output, StringComparison.Ordinal);
        Assert.Contains("articles", output, StringComparison.Ordinal);
    }

    // A usage error is found before any connection: the broker and its management API here are a closed port, which
    // would fail with 1 after the connect timeout, and neither RABBITMQ_URL nor a broker fixture is needed.
    [Theory]
    [InlineData("errors", "requeue")]
    [InlineData("errors", "requeue", "--all", "--queue", "article-enriched")]
    public async Task ErrorsRequeue_NeitherQueueNorAll_FailsWithUsage(params string[] arguments)
    {
        Dictionary<string, string?> deadBroker = new()
        {
            ["ConnectionStrings__RabbitMq"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Management__Url"] = "http://127.0.0.1:1/",
        };

        (int exitCode, _, string error) = await IngestProcess.RunAsync(deadBroker, arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("Give either --queue QUEUE or --all.", error, StringComparison.Ordinal);
    }

    // The three commands once called replay keep that name, hidden, for one release.
    [Fact]
    public async Task OldReplayNames_StillRun()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-alias-").FullName;
        try
        {
            (int feedExit, string feedOutput, string feedError) = await IngestProcess.RunAsync(s_noEnvironment, "feed", "replay", "--failed", "--feed", feed, "--json");
            (int articlesExit, _, string articlesError) = await IngestProcess.RunAsync(s_noEnvironment, "replay", "--since", "2000-01-01", "--articles", System.IO.Path.Combine(feed, "none.db"), "--rabbitmq", "amqp://guest:guest@127.0.0.1:1/");
            (int errorsExit, _, string errorsError) = await IngestProcess.RunAsync(s_noEnvironment, "errors", "replay");

            Assert.True(feedExit == 0, feedError);
            Assert.Equal("[]", feedOutput.Trim());
            Assert.Equal(1, articlesExit);
            Assert.Contains("none.db", articlesError, StringComparison.Ordinal);
            Assert.Equal(2, errorsExit);
            Assert.Contains("--all", errorsError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(feed, recursive: true);
        }
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+")]
    private static partial Regex Version();
}
