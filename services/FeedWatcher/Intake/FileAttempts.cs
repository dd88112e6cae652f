using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// The failed attempts at files still in the feed, by path: when each may be tried again (exponential backoff from
/// <see cref="FeedOptions.RetryDelay"/>, capped at <see cref="FeedOptions.RetryMaxDelay"/>) and how many unknown
/// failures it has had. Kept in memory: a restart gives every file its attempts again, which stays bounded.
/// </summary>
public sealed class FileAttempts(IOptions<FeedOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Attempts> _byPath = new(StringComparer.Ordinal);

    /// <summary>Whether the file has no failure waiting out its backoff.</summary>
    public bool IsDue(string path) => !_byPath.TryGetValue(path, out Attempts? attempts) || time.GetUtcNow() >= attempts.NextAttempt;

    /// <summary>Records an unknown failure; returns how many the file has had and the wait before the next attempt.</summary>
    public (int Failures, TimeSpan Delay) RecordUnknown(string path) => Record(path, countsTowardsLimit: true);

    /// <summary>Records a transient failure, which does not count towards the limit; returns the wait before the next attempt.</summary>
    public TimeSpan RecordTransient(string path) => Record(path, countsTowardsLimit: false).Delay;

    public void Forget(string path) => _byPath.TryRemove(path, out _);

    /// <summary>Forgets the files no longer ready in the feed: gone, or written to again (a new file deserves new attempts).</summary>
    public void Retain(IEnumerable<string> readyPaths)
    {
        var ready = new HashSet<string>(readyPaths, StringComparer.Ordinal);
        foreach (string path in _byPath.Keys.Where(path => !ready.Contains(path)))
        {
            _byPath.TryRemove(path, out _);
        }
    }

    private (int Failures, TimeSpan Delay) Record(string path, bool countsTowardsLimit)
    {
        FeedOptions feed = options.Value;
        Attempts attempts = _byPath.AddOrUpdate(
            path,
            _ => new Attempts(countsTowardsLimit ? 1 : 0, 1, default),
            (_, previous) => previous with { Unknown = previous.Unknown + (countsTowardsLimit ? 1 : 0), All = previous.All + 1 });
        double factor = Math.Pow(2, Math.Min(attempts.All - 1, 20));
        TimeSpan delay = TimeSpan.FromTicks((long)Math.Min(feed.RetryDelay.Ticks * factor, feed.RetryMaxDelay.Ticks));
        _byPath[path] = attempts with { NextAttempt = time.GetUtcNow() + delay };
        return (attempts.Unknown, delay);
    }

    private sealed record Attempts(int Unknown, int All, DateTimeOffset NextAttempt);
}
