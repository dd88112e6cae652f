using System.ComponentModel.DataAnnotations;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>The watched folder and what happens to files once read. Bound from the <c>Feed</c> section.</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feed";

    /// <summary>The folder people drop article files into.</summary>
    [Required]
    public string Path { get; set; } = string.Empty;

    /// <summary>Where files go once all their articles are published; default <c>{Path}/processed</c>.</summary>
    public string? ProcessedPath { get; set; }

    /// <summary>Where unreadable files go, each with a <c>.error.json</c>; default <c>{Path}/failed</c>.</summary>
    public string? FailedPath { get; set; }

    /// <summary>Where files whose every article was already published go, with a note; default <c>{Path}/duplicates</c>.</summary>
    public string? DuplicatesPath { get; set; }

    /// <summary>Where the intake ledger lives; default <c>{Path}/.ingest</c> (hidden, so never scanned).</summary>
    public string? StatePath { get; set; }

    /// <summary>A file is read only once it has not been written to for this long.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the folder is scanned; file-system events only make a scan come sooner.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Files read and published at once.</summary>
    [Range(1, 512)]
    public int Concurrency { get; set; } = 32;

    /// <summary>Files larger than this go to <c>failed/</c> unread.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Marker mode: when set (e.g. <c>.done</c>), <c>name.txt</c> is read only once <c>name.txt.done</c> exists, for
    /// producers that can say when they are finished.
    /// </summary>
    public string? MarkerSuffix { get; set; }

    /// <summary>Also watch subfolders (except the processed, failed, duplicates and state folders).</summary>
    public bool Recursive { get; set; }

    /// <summary>
    /// This watcher's name among several watching one folder; its claims live in <c>{Path}/.claims/{InstanceId}</c>.
    /// Default: the machine name (a container's or pod's host name). Two watchers on one host need distinct ids.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    public string? InstanceId { get; set; }

    /// <summary>A claim older than this is taken to belong to a dead watcher and its file goes back into the feed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest wait for the broker to confirm one article; past it the file goes back into the feed and the service
    /// exits to be restarted (a publish on a wedged connection never returns). Far above a confirm's usual milliseconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Attempts at a file that fails for an unknown reason before it goes to <c>failed/</c>. A file that cannot be read
    /// or parsed goes there at once; a locked file, or a broker that is down, is waited out however long it takes.
    /// </summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait after a file's first failed attempt; it doubles with each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts at one file.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    public string ResolvedProcessedPath => ProcessedPath ?? System.IO.Path.Combine(Path, "processed");

    public string ResolvedFailedPath => FailedPath ?? System.IO.Path.Combine(Path, "failed");

    public string ResolvedDuplicatesPath => DuplicatesPath ?? System.IO.Path.Combine(Path, "duplicates");

    public string ResolvedStatePath => StatePath ?? System.IO.Path.Combine(Path, ".ingest");

    public string ResolvedInstanceId => InstanceId ?? Environment.MachineName;

    // Inside the feed, never configurable: a claim is a rename, atomic only within one file system.
    public string ResolvedClaimsPath => System.IO.Path.Combine(Path, FeedClaims.FolderName);
}
