using System.Diagnostics;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// A figure whose read grows with the data (a LiteDB count loads every document: 0.8 s at 100,000 articles; a folder
/// of processed files is listed in full): read again only once twenty times its last read has passed, and never more
/// often than <paramref name="floor"/>. A small installation sees it every refresh; a large one pays at most 5% of
/// the time, whatever the number of open pages.
/// </summary>
public sealed class CostlyValue<T>(TimeSpan floor)
{
    private const int PaceFactor = 20;

    private readonly Lock _gate = new();
    private (T Value, long At, TimeSpan Took)? _last;

    public async Task<T> GetAsync(Func<Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            if (_last is { } last && Stopwatch.GetElapsedTime(last.At) < Max(floor, last.Took * PaceFactor))
            {
                return last.Value;
            }
        }

        long started = Stopwatch.GetTimestamp();
        T value = await read().ConfigureAwait(false);
        lock (_gate)
        {
            _last = (value, started, Stopwatch.GetElapsedTime(started));
        }

        return value;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
