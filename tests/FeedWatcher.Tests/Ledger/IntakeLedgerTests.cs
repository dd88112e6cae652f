using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;

namespace Ingestion.FeedWatcher.Tests.Ledger;

public sealed class IntakeLedgerTests : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2021, 7, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-ledger-").FullName;
    private readonly IntakeLedger _ledger;

    public IntakeLedgerTests() => _ledger = new IntakeLedger(_folder);

    [Fact]
    public void MarkStored_PublishedArticle_ClosesItsEntryAndDropsTheMessage()
    {
        _ledger.MarkPublished(Message("a1", "a.txt"), s_start);

        _ledger.MarkStored("a1", s_start.AddSeconds(1));

        LedgerEntry entry = Assert.Single(_ledger.ForFile("a.txt"));
        Assert.Equal((ArticleState.Stored, (string?)null), (entry.State, entry.Message));
        Assert.Empty(_ledger.PublishedBefore(s_start.AddHours(1), 10));
    }

    [Fact]
    public void PublishedBefore_StalledAndFreshArticles_ReturnsOnlyTheStalledOnes()
    {
        _ledger.MarkPublished(Message("old", "old.txt"), s_start);
        _ledger.MarkPublished(Message("new", "new.txt"), s_start.AddMinutes(20));

        Assert.Equal(["old"], _ledger.PublishedBefore(s_start.AddMinutes(10), 10).Select(e => e.Id));
    }

    [Fact]
    public void MarkFailed_StoredArticle_StaysStored()
    {
        _ledger.MarkPublished(Message("a1", "a.txt"), s_start);
        _ledger.MarkStored("a1", s_start);

        _ledger.MarkFailed("a1", "late fault of an earlier delivery");

        Assert.Equal(ArticleState.Stored, Assert.Single(_ledger.ForFile("a.txt")).State);
    }

    [Fact]
    public void MarkEnriched_PublishedArticles_MovesThemToEnrichedInOneBatch()
    {
        _ledger.MarkPublished(Message("a1", "a.txt"), s_start);
        _ledger.MarkPublished(Message("a2", "a.txt"), s_start);

        int moved = _ledger.MarkEnriched(["a1", "a2", "unknown"], s_start.AddSeconds(1));

        Assert.Equal(2, moved);
        Assert.All(_ledger.ForFile("a.txt"), entry => Assert.Equal((ArticleState.Enriched, s_start.AddSeconds(1).UtcDateTime), (entry.State, entry.EnrichedAtUtc)));
        Assert.Equal(2, _ledger.CountByState()[ArticleState.Enriched]);
    }

    [Fact]
    public void MarkEnriched_StoredOrFailedArticle_KeepsItsState()
    {
        // The stored event and the fault travel on other queues and can overtake the enriched event.
        _ledger.MarkPublished(Message("stored", "a.txt"), s_start);
        _ledger.MarkPublished(Message("failed", "b.txt"), s_start);
        _ledger.MarkStored("stored", s_start);
        _ledger.MarkFailed("failed", "storage: bad document");

        Assert.Equal(0, _ledger.MarkEnriched(["stored", "failed"], s_start.AddSeconds(1)));

        Assert.Equal(ArticleState.Stored, Assert.Single(_ledger.ForFile("a.txt")).State);
        Assert.Equal(ArticleState.Failed, Assert.Single(_ledger.ForFile("b.txt")).State);
    }

    [Fact]
    public void MarkStored_Batch_ClosesEachEntryAtItsOwnTimeAndSkipsUnknownAndStoredOnes()
    {
        _ledger.MarkPublished(Message("a1", "a.txt"), s_start);
        _ledger.MarkPublished(Message("a2", "b.txt"), s_start);
        _ledger.MarkStored("a2", s_start.AddSeconds(1));

        int closed = _ledger.MarkStored([("a1", s_start.AddSeconds(2)), ("a2", s_start.AddSeconds(3)), ("unknown", s_start)]);

        Assert.Equal(1, closed);
        LedgerEntry first = Assert.Single(_ledger.ForFile("a.txt"));
        Assert.Equal((ArticleState.Stored, s_start.AddSeconds(2).UtcDateTime), (first.State, first.StoredAtUtc?.ToUniversalTime()));
        Assert.Equal(s_start.AddSeconds(1).UtcDateTime, Assert.Single(_ledger.ForFile("b.txt")).StoredAtUtc?.ToUniversalTime());
    }

    [Fact]
    public void MarkStored_EnrichedArticle_ClosesItsEntry()
    {
        _ledger.MarkPublished(Message("a1", "a.txt"), s_start);
        _ledger.MarkEnriched(["a1"], s_start.AddSeconds(1));

        _ledger.MarkStored("a1", s_start.AddSeconds(2));

        LedgerEntry entry = Assert.Single(_ledger.ForFile("a.txt"));
        Assert.Equal((ArticleState.Stored, (string?)null), (entry.State, entry.Message));
    }

    [Fact]
    public void PublishedBefore_EnrichedButNotStored_IsStalledLikePublished()
    {
        _ledger.MarkPublished(Message("enriched", "a.txt"), s_start);
        _ledger.MarkPublished(Message("stored", "b.txt"), s_start);
        _ledger.MarkEnriched(["enriched", "stored"], s_start.AddSeconds(1));
        _ledger.MarkStored("stored", s_start.AddSeconds(2));

        Assert.Equal(["enriched"], _ledger.PublishedBefore(s_start.AddMinutes(10), 10).Select(e => e.Id));
        Assert.True(_ledger.MarkRepublished("enriched", s_start.AddMinutes(10)));
    }

    [Fact]
    public void ReadOnlyLedger_BesideTheWriter_ReadsWhatItWrote()
    {
        _ledger.MarkPublished(Message("a1", "a.txt"), s_start);

        using var reader = new IntakeLedger(_folder, readOnly: true);

        Assert.Equal(1, reader.CountByState()[ArticleState.Published]);
    }

    public void Dispose()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    internal static ArticleDiscovered Message(string id, string fileName) => new()
    {
        ArticleId = id,
        ContentHash = new string('0', 64),
        Title = "T",
        Body = "B",
        ReceivedAt = s_start,
        Origin = new ArticleOrigin { FileName = fileName, Format = "txt" },
    };
}
