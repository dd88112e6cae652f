using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Cli.Connecting;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Cli.Tests.Connecting;

public sealed partial class ReachabilityWaitTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly StringWriter _report = new();

    [Fact]
    public async Task UntilReachable_ReachedOnTheThirdTry_ReportsEachMissAndReturns()
    {
        int tries = 0;

        await RunAsync(_ => ++tries < 3 ? Task.FromException(Refused()) : Task.CompletedTask, TimeSpan.FromSeconds(60));

        Assert.Equal(3, tries);
        string[] lines = _report.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["RabbitMQ at amqp://h:1/: connection refused. Next try in 5 s, giving up in 60 s.", "RabbitMQ at amqp://h:1/: connection refused. Next try in 5 s, giving up in 55 s.", "Reached."], lines);
    }

    [Fact]
    public async Task UntilReachable_NeverReached_GivesUpAtTheLimitWithTheLastReason()
    {
        int tries = 0;

        ConnectFailedException failure = await Assert.ThrowsAsync<ConnectFailedException>(
            () => RunAsync(_ => { tries++; return Task.FromException(Refused()); }, TimeSpan.FromSeconds(12)));

        Assert.Equal(4, tries); // at 0, 5, 10 and 12 s
        Assert.StartsWith("connection refused (gave up after 4 tries in 12 s", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntilReachable_NoRetryTime_TriesOnce()
    {
        int tries = 0;

        await Assert.ThrowsAsync<ConnectFailedException>(() => RunAsync(_ => { tries++; return Task.FromException(Refused()); }, TimeSpan.Zero));

        Assert.Equal(1, tries);
    }

    private static ConnectFailedException Refused() => new("RabbitMQ", "amqp://h:1/", "connection refused", "the broker");

    // Each miss writes its line, then waits on the fake clock: the clock moves by exactly the wait the line announces,
    // and only once the line is there, so the tries fall on the simulated seconds whatever the machine's load.
    private async Task RunAsync(Func<CancellationToken, Task> probe, TimeSpan giveUpAfter)
    {
        Task waiting = new ReachabilityWait(_report, terminal: false, _time).UntilReachableAsync(probe, giveUpAfter, TestContext.Current.CancellationToken);
        int announced = 0;
        while (!waiting.IsCompleted)
        {
            string[] lines = await Eventually.WaitAsync(
                () => Task.FromResult(_report.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)),
                current => waiting.IsCompleted || current.Length > announced,
                TimeSpan.FromSeconds(30),
                "the next line of the countdown");
            if (waiting.IsCompleted)
            {
                break;
            }

            announced = lines.Length;
            Match next = NextTry().Match(lines[^1]);
            Assert.True(next.Success, lines[^1]);
            _time.Advance(TimeSpan.FromSeconds(int.Parse(next.Groups[1].Value, CultureInfo.InvariantCulture)));
        }

        await waiting;
    }

    [GeneratedRegex(@"Next try in (\d+) s")]
    private static partial Regex NextTry();
}
