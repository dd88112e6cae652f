using System.Net;
using System.Net.Sockets;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Connecting;

/// <summary>
/// Commands that reach a broker or store give up after the connect timeout with one line that says what could not be
/// reached; the stack trace only with --verbose. IngestProcess's own 60 s limit catches a command that hangs.
/// </summary>
public sealed class FailFastTests : IDisposable
{
    private const string DeadBroker = "amqp://guest:guest@127.0.0.1:1/";
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-failfast-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Guards: read commands created what they should read (a mistyped path became an empty store and printed 0).
    [Theory]
    [InlineData("count")]
    [InlineData("export")]
    [InlineData("find", "--entity", "القاهرة")]
    [InlineData("reindex")]
    public async Task Articles_NoSuchLiteDbFile_FailsAndCreatesNothing(string command, params string[] options)
    {
        string typo = Path.Combine(_folder, "dat", "articles.db");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(s_noEnvironment, ["articles", command, "--articles", typo, .. options]);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains(typo, OneLine(error), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(typo)));
    }

    // Guards: an unreachable MongoDB was waited on for 30 s and reported in a 33-line driver dump.
    [Fact]
    public async Task ArticlesCount_UnreachableMongo_FailsInOneLineNamingTheServer()
    {
        (int exitCode, _, string error) = await IngestProcess.RunAsync(s_noEnvironment, "articles", "count", "--articles", "mongodb://localhost:1/x");

        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot reach MongoDB at localhost:1/x", OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlesCount_UnreachableMongoVerbose_AddsTheStackTrace()
    {
        (int exitCode, _, string error) = await IngestProcess.RunAsync(s_noEnvironment, "articles", "count", "--articles", "mongodb://localhost:1/x", "--verbose");

        Assert.Equal(1, exitCode);
        Assert.Contains("   at ", error, StringComparison.Ordinal);
    }

    // Guards: replay (now articles republish) to a dead broker hung for over 10 minutes, printing MassTransit stack traces every 40 s.
    [Fact]
    public async Task Republish_UnreachableBroker_FailsInOneLineNamingTheBroker()
    {
        string articles = await StoreWithOneArticle.CreateAsync(_folder);

        (int exitCode, _, string error) = await IngestProcess.RunAsync(
            s_noEnvironment, "articles", "republish", "--since", "2000-01-01", "--articles", articles, "--rabbitmq", DeadBroker, "--connect-timeout", "2");

        Assert.Equal(1, exitCode);
        string line = OneLine(error);
        Assert.Contains("Cannot reach RabbitMQ at amqp://guest:***@127.0.0.1:1/", line, StringComparison.Ordinal);
        Assert.Contains("--rabbitmq", line, StringComparison.Ordinal);
    }

    // Guards: the connect timeout itself, against a server that accepts the connection and never answers.
    [Fact]
    public async Task Tail_BrokerThatNeverAnswers_GivesUpAfterTheConnectTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        int port = ((IPEndPoint)silent.LocalEndpoint).Port;
        Task<Socket> accepted = silent.AcceptSocketAsync(TestContext.Current.CancellationToken).AsTask();

        (int exitCode, _, string error) = await IngestProcess.RunAsync(
            s_noEnvironment, "tail", "--rabbitmq", $"amqp://guest:guest@127.0.0.1:{port}/", "--connect-timeout", "2");

        Assert.Equal(1, exitCode);
        Assert.Contains("no answer within 2 s", OneLine(error), StringComparison.Ordinal);
        (await accepted).Dispose();
    }

    // Guards: run against a dead broker retried forever with stack traces; now it counts down and gives up.
    [Fact]
    public async Task Run_UnreachableBroker_CountsDownThenGivesUpAfterTheLimit()
    {
        string feed = Directory.CreateDirectory(Path.Combine(_folder, "feed")).FullName;

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            s_noEnvironment,
            "run", "--feed", feed, "--data", Path.Combine(_folder, "data"), "--rabbitmq", DeadBroker, "--no-dashboard", "--retry-for", "3", "--connect-timeout", "1");

        Assert.True(exitCode == 1, error + output);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.Contains("Next try in", StringComparison.Ordinal) && line.Contains("giving up in", StringComparison.Ordinal));
        Assert.StartsWith("Error: Cannot reach RabbitMQ", lines[^1], StringComparison.Ordinal);
        Assert.Contains("gave up after", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.StartsWith("at ", StringComparison.Ordinal));
    }

    private static string OneLine(string error)
    {
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Error: ", line, StringComparison.Ordinal);
        return line;
    }
}
