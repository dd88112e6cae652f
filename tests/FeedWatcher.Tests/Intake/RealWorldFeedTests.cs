using System.Text;
using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;

namespace Ingestion.FeedWatcher.Tests.Intake;

/// <summary>Feeds as they arrive, through the whole intake: each leaves the feed, published or failed, never stuck.</summary>
public class RealWorldFeedTests
{
    [Fact]
    public async Task ScanOnceAsync_PubDateWithTheWrongWeekday_IsPublished()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        harness.Drop("weekday.rss", "<rss version=\"2.0\"><channel><title>W</title><item><title>T</title><description>B</description><pubDate>Tue, 02 Mar 2022 10:00:00 GMT</pubDate></item></channel></rss>");

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        ArticleDiscovered message = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        Assert.Equal(new DateTimeOffset(2022, 3, 2, 10, 0, 0, TimeSpan.Zero), message.PublishedAt);
        Assert.Null(message.PublishedAtSource);
        Assert.True(File.Exists(Path.Combine(harness.Feed, "processed", "weekday.rss")));
    }

    [Fact]
    public async Task ScanOnceAsync_ItemWithoutADate_TakesTheFileTimeAndSaysSo()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = harness.Drop("undated.rss", "<rss version=\"2.0\"><channel><title>W</title><item><title>Undated</title></item></channel></rss>");
        var written = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(path, written.UtcDateTime);

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        ArticleDiscovered message = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        Assert.Equal((written, PublishedAtSources.FileTime), (message.PublishedAt, message.PublishedAtSource));
    }

    [Fact]
    public async Task ScanOnceAsync_DeclaredLegacyCharset_IsDecodedAndRecorded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string xml = "<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss version=\"2.0\"><channel><title>뉴스</title><item><title>서울시 교통 정책 발표</title></item></channel></rss>";
        await File.WriteAllBytesAsync(Path.Combine(harness.Feed, "korean.xml"), Encoding.GetEncoding(51949).GetBytes(xml), TestContext.Current.CancellationToken);

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        ArticleDiscovered message = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        Assert.Equal(("서울시 교통 정책 발표", "euc-kr"), (message.Title, message.Origin.Charset));
    }

    [Fact]
    public async Task ScanOnceAsync_Utf8BomThenAnInvalidByte_GoesToFailedInsteadOfStaying()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        await File.WriteAllBytesAsync(Path.Combine(harness.Feed, "bom.rss"), [0xEF, 0xBB, 0xBF, .. "<rss><channel><item><title>"u8, 0xC3, 0x28, .. "</title></item></channel></rss>"u8], TestContext.Current.CancellationToken);

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.False(File.Exists(Path.Combine(harness.Feed, "bom.rss")));
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "bom.rss.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("byte order mark", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnceAsync_SameFeedDroppedTwice_PublishesEachItemOnce()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        const string Feed = "<rss version=\"2.0\"><channel><title>W</title><item><description>First. One.</description></item><item><title>Second</title></item></channel></rss>";
        harness.Drop("a.rss", Feed);
        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);
        harness.Drop("b.rss", Feed);

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, harness.Bus.Published.Select<ArticleDiscovered>().Count());
        Assert.True(File.Exists(Path.Combine(harness.Feed, "duplicates", "b.rss")));
    }
}
