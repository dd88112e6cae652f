using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Tests.Shared;

namespace Ingestion.Cli.Tests.Dashboard;

/// <summary>
/// The status page of a real <c>ingest run</c> (in-memory bus, LiteDB) in headless Chromium, driven by playwright-core
/// (<c>Browser/status-page.mjs</c>): alerts and failures first, counts, bodies collapsed, then a search for an entity
/// that opens the Arabic seed on its own page, right-to-left with its entities and dates; escaping; screenshots.
/// </summary>
public sealed partial class StatusPageBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string SeedFile = "000_5fc6fc8d7a967a8e.txt";
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(2);

    private readonly string _root = Directory.CreateTempSubdirectory("ingestion-status-page-").FullName;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // The killed run may still hold its LiteDB files for a moment; the temp folder is cleaned later.
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task StatusPage_RealRun_FailuresFirstThenSearchOpensTheArabicArticleWithEntitiesAndDates()
    {
        Assert.SkipUnless(File.Exists(Chromium), $"Needs Debian's chromium at {Chromium} (.ci/run installs it: apt-get install chromium fonts-dejavu-core).");
        Assert.SkipUnless(OnPath("node"), "Needs Node.js (node on PATH) to run playwright-core.");
        Assert.SkipUnless(Directory.Exists(Path.Combine(RepositoryFolders.BrowserTest, "node_modules", "playwright-core")), $"Needs node_modules: run `npm ci` in {RepositoryFolders.BrowserTest} (.ci/run does).");
        string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        await using IngestServer run = IngestServer.Start(
            new Dictionary<string, string?> { ["Feed__QuietPeriod"] = "00:00:00.200", ["Feed__ScanInterval"] = "00:00:00.500" },
            "run", "--feed", feed, "--data", Path.Combine(_root, "data"), "--urls", "http://127.0.0.1:0");
        var page = new Uri(await run.WaitForAsync(StatusPageLine(), s_deadline));

        Drop(feed, SeedFile, File.ReadAllText(RepositoryFolders.Seed));
        Drop(feed, "en.txt", "Kuwait and US hold strategic talks\nReuters - Antony Blinken met Kuwaiti officials in Kuwait City on Thursday, July 29, 2021.\n");
        Drop(feed, "xss.txt", "<script>window.injected = 1</script> headline\n<img src=x onerror=\"window.injected = 2\"> body about Cairo.\n");
        Drop(feed, "bad.txt", "\0\u0001binary");
        using var http = new HttpClient { BaseAddress = page };
        await Eventually.WaitAsync(() => StoredAsync(http), stored => stored == 3 || run.HasExited, s_deadline, "3 stored articles on /api/summary");

        // The recent list follows the watcher's ledger, which closes stored articles in batches (up to 200 ms behind).
        JsonElement[] recent = await Eventually.WaitAsync(
            async () => (await http.GetFromJsonAsync<JsonElement[]>("api/articles", TestContext.Current.CancellationToken))!,
            articles => articles.Length == 3 || run.HasExited,
            s_deadline,
            "3 recent articles on /api/articles");
        string seedId = recent.Single(a => a.GetProperty("fileName").GetString() == SeedFile).GetProperty("id").GetString()!;
        string screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        // Stored as "آنثوني بلينكن": typed with a bare alef and an alef maqsura, as a user may.
        JsonElement seen = await BrowseAsync(page, "3", seedId, "انثونى بلينكن", screenshots);

        Assert.Equal("Ingestion · status", seen.GetProperty("title").GetString());
        JsonElement counts = seen.GetProperty("counts");
        Assert.Equal("3", counts.GetProperty("published").GetString());
        Assert.Equal("3", counts.GetProperty("stored").GetString());
        Assert.Equal("3", counts.GetProperty("documents").GetString());
        Assert.Equal("1", counts.GetProperty("filesFailed").GetString());
        Assert.Contains("bad.txt", seen.GetProperty("failedFiles").EnumerateArray().Select(f => f.GetString()));

        string[] alerts = [.. seen.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("text").GetString()!)];
        Assert.Contains(alerts, a => a.Contains("1 file(s) could not be read", StringComparison.Ordinal));
        Assert.Contains("store:ok", seen.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(15, seen.GetProperty("chartBars").GetInt32());
        JsonElement order = seen.GetProperty("order");
        Assert.True(order.GetProperty("alerts").GetInt32() < order.GetProperty("services").GetInt32(), "Alerts first: " + order);
        Assert.True(order.GetProperty("failedFiles").GetInt32() < order.GetProperty("search").GetInt32(), "Failures above the search: " + order);
        Assert.True(order.GetProperty("search").GetInt32() < order.GetProperty("articles").GetInt32(), "Articles last: " + order);
        JsonElement recentSeed = seen.GetProperty("recent");
        Assert.True(recentSeed.GetProperty("collapsed").GetBoolean());
        Assert.False(recentSeed.GetProperty("bodyVisible").GetBoolean());

        JsonElement search = seen.GetProperty("search");
        JsonElement found = Assert.Single(search.GetProperty("results").EnumerateArray());
        Assert.Equal(seedId, found.GetProperty("id").GetString());
        // Both mentions: the full name, and the surname whose canonical name it is.
        Assert.Equal("آنثوني بلينكن، بلينكن", found.GetProperty("matched").GetString());
        Assert.Contains("entity=", search.GetProperty("address").GetString(), StringComparison.Ordinal);

        JsonElement article = seen.GetProperty("articlePage");
        Assert.Equal("/article?id=" + seedId, article.GetProperty("path").GetString());
        Assert.Equal("true", article.GetProperty("loaded").GetString());
        Assert.Equal("rtl", article.GetProperty("dir").GetString());
        Assert.Equal("ar", article.GetProperty("lang").GetString());
        Assert.Equal("rtl", article.GetProperty("direction").GetString());
        JsonElement first = article.GetProperty("firstLetter");
        Assert.True(first.GetProperty("fromRight").GetInt32() < first.GetProperty("fromLeft").GetInt32(), "The Arabic text must start at the right: " + first);
        string[] marks = [.. article.GetProperty("marks").EnumerateArray().Select(m => m.GetProperty("type").GetString() + ":" + m.GetProperty("text").GetString())];
        Assert.Contains("PER:آنثوني بلينكن", marks);
        Assert.Contains("LOC:الكويت", marks);
        Assert.Contains("ORG:مجلس الوزراء", marks);
        Assert.Contains(marks, m => m.StartsWith("DATE:", StringComparison.Ordinal));
        string[] entities = [.. article.GetProperty("entities").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Contains("PER:آنثوني بلينكن", entities);
        Assert.Contains("LOC:الكويت", entities);
        Assert.Contains(article.GetProperty("dates").EnumerateArray(), d => d.GetString()!.StartsWith("DATE:", StringComparison.Ordinal));
        Assert.Contains(article.GetProperty("fonts").EnumerateArray(), f => f.GetProperty("glyphs").GetInt32() > 500);

        Assert.Equal(0, seen.GetProperty("injected").GetInt32());
        Assert.Equal(0, article.GetProperty("injected").GetInt32());
        Assert.Empty(seen.GetProperty("errors").EnumerateArray());
        foreach (string screenshot in new[] { "status-page.png", "article-page.png" })
        {
            PngSummary png = PngSummary.Read(Path.Combine(screenshots, screenshot));
            Assert.Equal((1280, 1000), (png.Width, png.Height));
            Assert.True(png.DistinctBytes > 100, $"The screenshot {screenshot} looks blank: {png}.");
        }
    }

    [GeneratedRegex(@"Status page: (http://\S+)")]
    private static partial Regex StatusPageLine();

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));

    private static void Drop(string feed, string name, string text)
    {
        // Written aside, then renamed in, as a copy tool finishing at once would.
        string staging = Path.Combine(feed, "..", name + ".part");
        File.WriteAllText(staging, text);
        File.Move(staging, Path.Combine(feed, name));
    }

    private static async Task<long> StoredAsync(HttpClient http)
    {
        JsonElement summary = await http.GetFromJsonAsync<JsonElement>("api/summary", TestContext.Current.CancellationToken);
        return summary.GetProperty("store").GetProperty("count").GetInt64();
    }

    private static async Task<JsonElement> BrowseAsync(Uri page, string stored, string articleId, string entity, string screenshots)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFolders.BrowserTest,
        };
        foreach (string argument in new[] { "status-page.mjs", page.ToString(), stored, articleId, entity, screenshots })
        {
            start.ArgumentList.Add(argument);
        }

        using Process node = Process.Start(start)!;
        Task<string> output = node.StandardOutput.ReadToEndAsync();
        Task<string> error = node.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("The browser script did not finish within 3 minutes.");
        }

        Assert.True(node.ExitCode == 0, $"status-page.mjs failed ({node.ExitCode}):{Environment.NewLine}{await error}{await output}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
