using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;

namespace FeedWatcher.Tests.Ledger;

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
