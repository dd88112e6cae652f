using System.Text;
using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Tests.Intake;

namespace Ingestion.FeedWatcher.Tests.HostileInput;

/// <summary>
/// The hostile-input suite: files written to hurt the pipeline. Each one is refused with a reason a person can act
/// on, kept in <c>failed/</c> beside a note (never deleted, never half-published), and a good file dropped with it
/// still goes through: nothing is lost.
/// </summary>
public class HostileFileTests
{
    private static readonly string s_deepJson = new string('[', 5000) + new string(']', 5000);

    public static TheoryData<string, string, string> HostileFiles() => new()
    {
        // Field names that a document database would read as operators or paths.
        { "dollar-key.json", """{"title": "T", "body": "B", "metadata": {"$where": "sleep(1000)"}}""", "is not allowed" },
        { "dot-key.json", """{"title": "T", "body": "B", "metadata": {"a.b": "c"}}""", "is not allowed" },
        { "dollar-key.jsonl", "{\"title\": \"Good line\", \"body\": \"B\"}\n{\"title\": \"T\", \"body\": \"B\", \"metadata\": {\"$set\": \"x\"}}\n", "is not allowed" },
        { "nested-operator.json", """{"title": "T", "body": "B", "metadata": {"k": {"$ne": null}}}""", "must be a string" },

        // Oversized fields and too many of them.
        { "long-value.json", WithMetadata("\"k\": \"" + new string('x', 5000) + "\""), "over the limit" },
        { "long-key.json", WithMetadata("\"" + new string('k', 100) + "\": \"v\""), "is not allowed" },
        { "many-keys.json", WithMetadata(string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"k{i}\": \"v\""))), "More than 64" },

        // JSON bombs: nesting far past any article's shape.
        { "deep.json", s_deepJson, "depth" },
        { "deep-metadata.json", $$"""{"title": "T", "body": "B", "metadata": {{new string('[', 100)}}{{new string(']', 100)}}}""", "depth" },
        { "deep.jsonl", s_deepJson + "\n", "depth" },

        // XXE and entity expansion, in every XML flavour the watcher reads.
        { "xxe.atom", "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title></feed>", "DTD" },
        { "xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]><rss version=\"2.0\"><channel/></rss>", "DTD" },
        { "laughs.rss", BillionLaughs(), "DTD" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task ProcessAsync_HostileFile_KeptInFailedWithAClearReasonAndNothingPublished(string name, string content, string reason)
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = harness.Drop(name, content);

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Failed, outcome);
        await AssertKeptInFailedAsync(harness, name, reason);
        Assert.Empty(harness.Bus.Published.Select<ArticleDiscovered>());
    }

    [Fact]
    public async Task ScanOnceAsync_HostileFilesBesideAGoodOne_GoodOnePublishedEveryHostileOneKept()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        foreach ((string name, string content, string _) in HostileFiles().Select(row => row.Data))
        {
            harness.Drop(name, content);
        }

        harness.Drop("good.txt", "عنوان سليم\nنص سليم");

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal("عنوان سليم", Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message.Title);
        foreach ((string name, string _, string reason) in HostileFiles().Select(row => row.Data))
        {
            await AssertKeptInFailedAsync(harness, name, reason);
        }

        Assert.Equal(["good.txt"], Directory.GetFiles(Path.Combine(harness.Feed, "processed")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ProcessAsync_SidecarWithOperatorKey_ArticleAndSidecarKeptInFailed()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string article = harness.Drop("a.txt", "عنوان\nنص");
        harness.Drop("a.meta.json", """{"metadata": {"$where": "1"}}""");

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(article, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Failed, outcome);
        await AssertKeptInFailedAsync(harness, "a.txt", "is not allowed");
        Assert.True(File.Exists(Path.Combine(harness.Feed, "failed", "a.meta.json")));
        Assert.Empty(harness.Bus.Published.Select<ArticleDiscovered>());
    }

    [Fact]
    public async Task ProcessAsync_HtmlWithExternalEntity_EntityNeverResolved()
    {
        // HTML parsers have no DTDs: the entity stays text (or is dropped), and the file it names is never read.
        string secret = Path.Combine(Directory.CreateTempSubdirectory("ingestion-secret-").FullName, "secret.txt");
        await File.WriteAllTextAsync(secret, "TOP-SECRET-CONTENT", TestContext.Current.CancellationToken);
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string body = string.Concat(Enumerable.Repeat("<p>نص المقال الطويل بما يكفي ليعد مقالا عند القارئ. &x;</p>", 20));
        string path = harness.Drop("xxe.html", $"<!DOCTYPE html [<!ENTITY x SYSTEM \"file://{secret}\">]><html><head><title>عنوان</title></head><body><article>{body}</article></body></html>");

        await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.All(harness.Bus.Published.Select<ArticleDiscovered>(), p => Assert.DoesNotContain("TOP-SECRET", p.Context.Message.Body, StringComparison.Ordinal));
        Assert.False(File.Exists(path), "The file must have left the feed, published or failed.");
    }

    [Fact]
    public async Task ProcessAsync_Utf16WithoutBom_IsReadAsUtf16()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = Path.Combine(harness.Feed, "utf16.txt");
        await File.WriteAllBytesAsync(path, Encoding.Unicode.GetBytes("Title\nBody of the article"), TestContext.Current.CancellationToken);

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Published, outcome);
        ArticleDiscovered message = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        Assert.Equal(("Title", "utf-16le"), (message.Title, message.Origin.Charset));
    }

    private static async Task AssertKeptInFailedAsync(IntakeHarness harness, string name, string reason)
    {
        Assert.False(File.Exists(Path.Combine(harness.Feed, name)), $"{name} is still in the feed.");
        Assert.True(File.Exists(Path.Combine(harness.Feed, "failed", name)), $"{name} is not in failed/.");
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", name + ".error.json"), TestContext.Current.CancellationToken);
        Assert.Contains(reason, note, StringComparison.OrdinalIgnoreCase);
    }

    private static string WithMetadata(string members) => "{\"title\": \"T\", \"body\": \"B\", \"metadata\": {" + members + "}}";

    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++)
        {
            dtd.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};\">");
        }

        return dtd.Append("]><rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>").ToString();
    }
}
