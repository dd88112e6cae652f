using System.Text;
using Ingestion.Contracts;
using MassTransit.Testing;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class SlowWriterTests
{
    [Fact]
    public async Task Scanner_FileWrittenInChunksOverThreeSeconds_IsPublishedOnceAndComplete()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(quietPeriod: TimeSpan.FromSeconds(5));
        await harness.Scanner.StartAsync(TestContext.Current.CancellationToken);
        string[] chunks = ["العنوان\n", .. Enumerable.Range(1, 6).Select(i => $"الفقرة {i}.\n")];
        string path = Path.Combine(harness.Feed, "slow.txt");

        // The writer keeps the file open and adds a chunk every half second, as a slow copy over a network would. The
        // quiet period is ten times the pause, so a loaded CI machine stalling the writer does not make it look done.
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
        {
            foreach (string chunk in chunks)
            {
                await writer.WriteAsync(Encoding.UTF8.GetBytes(chunk), TestContext.Current.CancellationToken);
                await writer.FlushAsync(TestContext.Current.CancellationToken);
                await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
                Assert.True(!harness.Bus.Published.Select<ArticleDiscovered>(x => true, CancellationToken.None).Any(), $"published early: {harness.Bus.Published.Select<ArticleDiscovered>(x => true, CancellationToken.None).FirstOrDefault()?.Context.Message.Body} at {DateTime.UtcNow:O} mtime {File.GetLastWriteTimeUtc(path):O}");
            }
        }

        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (!harness.Bus.Published.Select<ArticleDiscovered>(x => true, CancellationToken.None).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }

        await harness.Scanner.StopAsync(TestContext.Current.CancellationToken);
        IPublishedMessage<ArticleDiscovered> published = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>(x => true, CancellationToken.None));
        Assert.Equal(string.Concat(chunks[1..]).Trim(), published.Context.Message.Body);
    }
}
