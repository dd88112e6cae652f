namespace Ingestion.Tests.Shared;

/// <summary>
/// Waits for a condition with a deadline, polling; never a fixed sleep. One source file, compiled into each test
/// project that needs it (linked in its csproj).
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan s_firstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan s_longestPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Probes until <paramref name="done"/> holds for the value and returns that value; past the deadline, fails with
    /// <paramref name="what"/>, the last value and <paramref name="diagnostics"/>.
    /// </summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan deadline, string what, Func<string>? diagnostics = null)
    {
        DateTime until = DateTime.UtcNow + deadline;
        TimeSpan poll = s_firstPoll;
        T last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Gave up after {deadline.TotalSeconds:0}s waiting for {what}; last value: {last}.{Environment.NewLine}{diagnostics?.Invoke()}");
            }

            // In-process conditions usually hold within milliseconds; probes of a broker or a service need not run that often.
            await Task.Delay(poll, TestContext.Current.CancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, s_longestPoll.Ticks));
            last = await probe();
        }

        return last;
    }
}
