namespace Ingestion.Cli.Connecting;

/// <summary>
/// For a long-running command: retries what it must reach, counting down to the next try where a person can see it,
/// and gives up with the last reason after a limit. Every other command fails on the first miss.
/// </summary>
public sealed class ReachabilityWait(TextWriter report, bool terminal, TimeProvider time)
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    public async Task UntilReachableAsync(Func<CancellationToken, Task> probe, TimeSpan giveUpAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        long started = time.GetTimestamp();
        int attempt = 0;
        while (true)
        {
            attempt++;
            try
            {
                await probe(cancellationToken).ConfigureAwait(false);
                if (attempt > 1)
                {
                    await report.WriteLineAsync(terminal ? "\nReached." : "Reached.").ConfigureAwait(false);
                }

                return;
            }
            catch (ConnectFailedException ex)
            {
                TimeSpan left = giveUpAfter - time.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    if (terminal && attempt > 1)
                    {
                        await report.WriteLineAsync().ConfigureAwait(false);
                    }

                    string tried = attempt == 1 ? "one try" : $"{attempt} tries in {ConnectFailedException.Seconds(time.GetElapsedTime(started))} s";
                    throw new ConnectFailedException(ex.What, ex.Where, $"{ex.Reason} (gave up after {tried}; --retry-for sets how long to keep trying)", ex.Check, ex.InnerException);
                }

                await CountDownAsync(ex, left < RetryInterval ? left : RetryInterval, left, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task CountDownAsync(ConnectFailedException failure, TimeSpan wait, TimeSpan left, CancellationToken cancellationToken)
    {
        string what = $"{failure.What} at {failure.Where}: {failure.Reason}.";
        if (!terminal)
        {
            // One line per try, so that a log shows each. The delay starts first: whoever reads the line may move a
            // test's clock at once.
            Task delay = Task.Delay(wait, time, cancellationToken);
            await report.WriteLineAsync($"{what} Next try in {(int)Math.Ceiling(wait.TotalSeconds)} s, giving up in {(int)Math.Ceiling(left.TotalSeconds)} s.").ConfigureAwait(false);
            await delay.ConfigureAwait(false);
            return;
        }

        // At a terminal, one line rewritten every second.
        for (TimeSpan remaining = wait; remaining > TimeSpan.Zero; remaining -= TimeSpan.FromSeconds(1))
        {
            await report.WriteAsync($"\r{what} Next try in {(int)Math.Ceiling(remaining.TotalSeconds)} s, giving up in {(int)Math.Ceiling((left - (wait - remaining)).TotalSeconds)} s.   ").ConfigureAwait(false);
            await Task.Delay(remaining < TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
