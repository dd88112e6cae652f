using System.Runtime.InteropServices;

namespace Ingestion.Enrichment.Telemetry;

/// <summary>
/// The CPU time the calling thread has used (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so that the engine's own
/// cost can be told from the service's: the engine runs synchronously on one thread, and on a busy machine its wall
/// time also counts the time the thread waited for a core. Null where the clock is not available (not Linux).
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTime = 3;

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return ClockGetTime(ClockThreadCpuTime, out TimeSpec time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : null;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
