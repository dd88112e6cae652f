using System.ComponentModel.DataAnnotations;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>When an article published but never reported stored goes out again. Bound from <c>Feed:Republish</c>.</summary>
public sealed class RepublishOptions
{
    public const string SectionName = "Feed:Republish";

    /// <summary>An article not stored this long after it was published is published again (the store's upsert makes it safe).</summary>
    public TimeSpan After { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the ledger is checked.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many articles go out again per check.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;
}
