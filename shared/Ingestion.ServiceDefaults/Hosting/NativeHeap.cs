using System.Runtime.InteropServices;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>
/// Has glibc's <c>malloc</c> hand blocks of 64 KB and more to the kernel when they are freed. By default it raises that
/// threshold (up to 32 MB) each time a large block is freed, and blocks under it stay resident once freed: the
/// enrichment service kept about 50 MB of native heap it had freed after start-up (the JIT's working memory for the
/// engine's code among it), at 200 MB RSS when idle against 145 MB with the threshold fixed. Freeing a block of
/// 64 KB or more then costs an <c>munmap</c>, which the hot paths do not do (their buffers are managed).
/// </summary>
public static partial class NativeHeap
{
    // mallopt's parameter number for the threshold (malloc.h); setting it also stops glibc from raising it.
    private const int MmapThresholdParameter = -3;

    /// <summary>The size from which a freed block goes back to the kernel.</summary>
    public const int MmapThreshold = 64 * 1024;

    /// <summary>Sets the threshold; false where there is no glibc to set it in (not Linux, or a libc without mallopt).</summary>
    public static bool ReturnLargeBlocks()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Mallopt(MmapThresholdParameter, MmapThreshold) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
