using System.Text;
using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Tests.Intake;

namespace Ingestion.FeedWatcher.Tests.HostileInput;

/// <summary>One file per kind of bad input: each lands in failed/ with a reason, the good ones are published once.</summary>
public class UnreadableFileTests
{
    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "empty.txt", [], "empty" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF], "Binary data" },
        { "broken-utf8.txt", [.. Encoding.UTF8.GetBytes("عنوان\nنص "), 0xD8, 0x28, 0xC3, 0x28, 0x80, 0x81], "Invalid UTF-8" },
        { "malformed.json", Encoding.UTF8.GetBytes("{\"title\": "), "Not valid JSON" },
        { "xxe.rss", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"), "DTD" },
        { "malformed.rss", Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel>"), "Not a well-formed" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ProcessAsync_BadFile_LandsInFailedWithReason(string name, byte[] content, string reason)
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = Path.Combine(harness.Feed, name);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Failed, outcome);
        Assert.True(File.Exists(Path.Combine(harness.Feed, "failed", name)));
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", name + ".error.json"), TestContext.Current.CancellationToken);
        Assert.Contains(reason, note, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("exceptionType", note, StringComparison.Ordinal);
        Assert.Empty(harness.Bus.Published.Select<ArticleDiscovered>());
    }

    [Fact]
    public async Task ProcessAsync_OverSizeLimit_LandsInFailed()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = harness.Drop("huge.txt", "T\n" + new string('x', 6 * 1024 * 1024));

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Failed, outcome);
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "huge.txt.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("over the limit", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnceAsync_SymlinkOutOfTheFeed_IsNotFollowed()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string secret = Path.Combine(Directory.CreateTempSubdirectory().FullName, "secret.txt");
        await File.WriteAllTextAsync(secret, "Secret\nDo not publish", TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(harness.Feed, "link.txt"), secret);

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Empty(harness.Bus.Published.Select<ArticleDiscovered>());
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "link.txt.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("outside the feed", note, StringComparison.Ordinal);
        Assert.True(File.Exists(secret));
    }

    [Fact]
    public async Task ProcessAsync_Windows1256Twin_GivesTheSameArticleAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Text = "الكويت والولايات المتحدة تبحثان التعاون\nعقد وزير الخارجية الكويتي جلسة مباحثات، اليوم الخميس.";
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string utf8 = Path.Combine(harness.Feed, "utf8.txt");
        string cp1256 = Path.Combine(harness.Feed, "cp1256.txt");
        await File.WriteAllBytesAsync(utf8, Encoding.UTF8.GetBytes(Text), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(cp1256, Encoding.GetEncoding(1256).GetBytes(Text), TestContext.Current.CancellationToken);

        IntakeOutcome first = await harness.Intake.ProcessAsync(utf8, TestContext.Current.CancellationToken);
        IntakeOutcome second = await harness.Intake.ProcessAsync(cp1256, TestContext.Current.CancellationToken);

        Assert.Equal((IntakeOutcome.Published, IntakeOutcome.Duplicate), (first, second));
    }

    [Fact]
    public async Task ScanOnceAsync_BatteryOfGoodAndBadFiles_PublishesEachGoodOneOnceAndFailsEachBadOneWithAReason()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        foreach ((string name, byte[] content, string _) in BadFiles().Select(row => row.Data))
        {
            await File.WriteAllBytesAsync(Path.Combine(harness.Feed, name), content, TestContext.Current.CancellationToken);
        }

        harness.Drop("good.txt", "عنوان\nنص");
        harness.Drop("good.json", """{"title": "Title", "body": "Body"}""");
        harness.Drop("good.rss", """<rss version="2.0"><channel><title>c</title><item><title>Item</title><description>d</description></item></channel></rss>""");

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Item", "Title", "عنوان"], harness.Bus.Published.Select<ArticleDiscovered>().Select(p => p.Context.Message.Title).Order(StringComparer.Ordinal));
        foreach ((string name, byte[] _, string reason) in BadFiles().Select(row => row.Data))
        {
            string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", name + ".error.json"), TestContext.Current.CancellationToken);
            Assert.Contains(reason, note, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, Directory.GetFiles(Path.Combine(harness.Feed, "processed")).Length);
    }
}
