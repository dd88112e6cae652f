using Ingestion.FeedWatcher.Ledger;

namespace Ingestion.FeedWatcher.Tests.Ledger;

public sealed class IntakeLedgerTests : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2021, 7, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-ledger-").FullName;
    private readonly IntakeLedger _ledger;

    public IntakeLedgerTests() => _ledger = new IntakeLedger(_folder);

    [Fact]
    public void MarkStored_PublishedArticle_ClosesItsEntry()
    {
        Publish("a1", "a.txt", s_start);

        _ledger.MarkStored("a1", s_start.AddSeconds(1));

        LedgerEntry entry = Assert.Single(_ledger.ForFile("a.txt"));
        Assert.Equal((ArticleState.Stored, (DateTime?)null), (entry.State, entry.PendingSinceUtc));
        Assert.Equal(s_start.AddSeconds(1).UtcDateTime, entry.StoredAtUtc?.ToUniversalTime());
        Assert.Empty(_ledger.PublishedBefore(s_start.AddHours(1), 10));
        Assert.Empty(_ledger.PendingIds(10));
    }

    [Fact]
    public void PublishedBefore_StalledAndFreshArticles_ReturnsOnlyTheStalledOnes()
    {
        Publish("old", "old.txt", s_start);
        Publish("new", "new.txt", s_start.AddMinutes(20));

        Assert.Equal(["old"], _ledger.PublishedBefore(s_start.AddMinutes(10), 10).Select(e => e.Id));
    }

    [Fact]
    public void PendingIds_ManyPending_LongestPendingFirstUpToTheLimit()
    {
        Publish("b", "b.txt", s_start.AddSeconds(2));
        Publish("a", "a.txt", s_start.AddSeconds(1));
        Publish("c", "c.txt", s_start.AddSeconds(3));
        Publish("stored", "d.txt", s_start);
        _ledger.MarkStored("stored", s_start);

        Assert.Equal(["a", "b"], _ledger.PendingIds(2));
    }

    [Fact]
    public void MarkRepublished_PendingArticle_GoesToTheBackOfThePendingOrder()
    {
        Publish("a", "a.txt", s_start);
        Publish("b", "b.txt", s_start.AddSeconds(1));

        Assert.True(_ledger.MarkRepublished("a", s_start.AddMinutes(10)));

        Assert.Equal(["b", "a"], _ledger.PendingIds(10));
        LedgerEntry entry = Assert.Single(_ledger.ForFile("a.txt"));
        Assert.Equal((2, s_start.UtcDateTime), (entry.Attempts, entry.PublishedAtUtc.ToUniversalTime()));
    }

    [Fact]
    public void MarkFailed_StoredArticle_StaysStored()
    {
        Publish("a1", "a.txt", s_start);
        _ledger.MarkStored("a1", s_start);

        _ledger.MarkFailed("a1", "late fault of an earlier delivery");

        Assert.Equal(ArticleState.Stored, Assert.Single(_ledger.ForFile("a.txt")).State);
    }

    [Fact]
    public void MarkStored_FailedArticle_StaysFailed()
    {
        // A fault waits in an error queue for an operator: a store that also holds an older copy does not hide it.
        Publish("a1", "a.txt", s_start);
        _ledger.MarkFailed("a1", "storage: bad document");

        Assert.Equal(0, _ledger.MarkStored(["a1"], s_start));
        Assert.Equal(ArticleState.Failed, Assert.Single(_ledger.ForFile("a.txt")).State);
        Assert.Empty(_ledger.PendingIds(10));
    }

    [Fact]
    public void MarkStored_Batch_ClosesPendingOnesAndSkipsUnknownAndStoredOnes()
    {
        Publish("a1", "a.txt", s_start);
        Publish("a2", "b.txt", s_start);
        _ledger.MarkStored("a2", s_start.AddSeconds(1));

        int closed = _ledger.MarkStored(["a1", "a2", "unknown"], s_start.AddSeconds(2));

        Assert.Equal(1, closed);
        Assert.Equal(s_start.AddSeconds(2).UtcDateTime, Assert.Single(_ledger.ForFile("a.txt")).StoredAtUtc?.ToUniversalTime());
        Assert.Equal(s_start.AddSeconds(1).UtcDateTime, Assert.Single(_ledger.ForFile("b.txt")).StoredAtUtc?.ToUniversalTime());
        Assert.Equal(0, _ledger.Count() - _ledger.CountByState()[ArticleState.Stored]);
    }

    [Fact]
    public void Open_LedgerWrittenBeforeThePendingIndex_ItsPendingEntriesArePendingSinceTheirPublication()
    {
        // An entry as older watchers wrote it: enriched, its message kept, no pending time.
        _ledger.AddPublished([new LedgerEntry { Id = "old", FileName = "a.txt", PublishedAtUtc = s_start.UtcDateTime, Message = "{}" }]);
        _ledger.Dispose();
        using (var raw = new LiteDB.LiteDatabase($"Filename={Path.Combine(_folder, IntakeLedger.FileName)};Connection=direct"))
        {
            raw.GetCollection("articles").UpdateMany("{ State: 'Enriched', PendingSinceUtc: null }", "_id = 'old'");
        }

        using var reopened = new IntakeLedger(_folder);

        Assert.Equal(["old"], reopened.PendingIds(10));
        Assert.Equal(["old"], reopened.PublishedBefore(s_start, 10).Select(e => e.Id));
        Assert.Equal(1, reopened.MarkStored(["old"], s_start.AddSeconds(1)));
    }

    [Fact]
    public void ReadOnlyLedger_BesideTheWriter_ReadsWhatItWrote()
    {
        Publish("a1", "a.txt", s_start);

        using var reader = new IntakeLedger(_folder, readOnly: true);

        Assert.Equal(1, reader.CountByState()[ArticleState.Published]);
    }

    [Fact]
    public void ReadOnlyLedger_ClosedRightAfterTheWritersCheckpoint_LaterWritesStayInTheFolderAndVisible()
    {
        Publish("a1", "a.txt", s_start);
        _ledger.Checkpoint();
        using (var reader = new IntakeLedger(_folder, readOnly: true))
        {
            Assert.Equal(1, reader.Count());
        }

        _ledger.MarkStored("a1", s_start.AddSeconds(1));
        Publish("a2", "b.txt", s_start.AddSeconds(2));

        using var later = new IntakeLedger(_folder, readOnly: true);
        Assert.Equal(1, later.CountByState()[ArticleState.Stored]);
        Assert.Equal(["a2"], later.PendingIds(10));
    }

    public void Dispose()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Publish(string id, string fileName, DateTimeOffset at) =>
        _ledger.AddPublished([new LedgerEntry { Id = id, FileName = fileName, FileHash = new string('0', 64), PublishedAtUtc = at.UtcDateTime }]);
}
