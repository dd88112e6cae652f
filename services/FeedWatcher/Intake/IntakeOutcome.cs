namespace Ingestion.FeedWatcher.Intake;

/// <summary>What became of one feed file.</summary>
public enum IntakeOutcome
{
    /// <summary>At least one of its articles was published; the file is in <c>processed/</c>.</summary>
    Published,

    /// <summary>Every article in it was published before; the file is in <c>duplicates/</c>.</summary>
    Duplicate,

    /// <summary>It could not be read; the file and its <c>.error.json</c> are in <c>failed/</c>.</summary>
    Failed,

    /// <summary>Another file with the same article is being published right now; it stays for the next scan.</summary>
    Deferred,

    /// <summary>The file disappeared before it could be read: someone else took it.</summary>
    Vanished,
}
