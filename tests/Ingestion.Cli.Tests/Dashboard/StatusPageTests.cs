using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingestion.Cli.Dashboard;
using Ingestion.FeedWatcher.Intake;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Microsoft.AspNetCore.Builder;

namespace Ingestion.Cli.Tests.Dashboard;

/// <summary>The status page's HTML and JSON endpoints over a LiteDB store, without a browser.</summary>
public sealed partial class StatusPageTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingestion-status-api-").FullName;
    private LiteDbArticleStore? _store;
    private WebApplication? _page;
    private HttpClient? _http;

    private HttpClient Http => _http!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = new LiteDbArticleStore(Path.Combine(_root, "articles.db"));
        await _store.InitializeAsync(Ct);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        await _store.UpsertManyAsync(
        [
            Article("cairo", now.AddMinutes(-3), TimeSpan.FromSeconds(2), ("القاهرة", "LOC")),
            Article("kuwait", now.AddMinutes(-1), TimeSpan.FromSeconds(4), ("الكويت", "LOC"), ("أحمد", "PER")),
            Article("old", now.AddHours(-2), TimeSpan.FromSeconds(1)),
        ], Ct);
        string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        var options = new FeedOptions { Path = feed, StatePath = Path.Combine(_root, "state") };
        Directory.CreateDirectory(options.ResolvedFailedPath);
        File.WriteAllText(Path.Combine(options.ResolvedFailedPath, "bad.txt.error.json"), """{ "error": "Binary data." }""");
        _page = await StatusPage.StartAsync(new DashboardSources(options, new LedgerReader(options.ResolvedStatePath), _store, null), "http://127.0.0.1:0", Ct);
        _http = new HttpClient { BaseAddress = new Uri(StatusPage.Address(_page)) };
    }

    [Fact]
    public async Task Index_Sections_AlertsAndFailuresComeBeforeEverythingElseAndArticlesLast()
    {
        string html = await Http.GetStringAsync("/", Ct);

        string[] sections = [.. SectionIds().Matches(html).Select(m => m.Groups["id"].Value)];
        Assert.Equal("alerts-section", sections[0]);
        Assert.True(html.IndexOf("id=\"failed-files\"", StringComparison.Ordinal) < html.IndexOf("id=\"flow\"", StringComparison.Ordinal), "Failed files above the pipeline.");
        Assert.True(html.IndexOf("id=\"search\"", StringComparison.Ordinal) < html.IndexOf("id=\"articles\"", StringComparison.Ordinal), "The search above the recent articles.");
        Assert.True(html.LastIndexOf("<section", StringComparison.Ordinal) < html.IndexOf("id=\"articles-title\"", StringComparison.Ordinal), "The recent articles are the last section.");
    }

    [Fact]
    public async Task Summary_FailedFileAndRecentArticles_AlertsHealthAndLastFifteenMinutes()
    {
        JsonElement summary = await Http.GetFromJsonAsync<JsonElement>("api/summary", Ct);

        JsonElement alert = Assert.Single(summary.GetProperty("alerts").EnumerateArray());
        Assert.Equal("warning", alert.GetProperty("level").GetString());
        Assert.Contains("1 file(s) could not be read", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(summary.GetProperty("services").EnumerateArray(), s => s.GetProperty("name").GetString() == "store" && s.GetProperty("state").GetString() == "ok");
        JsonElement throughput = summary.GetProperty("throughput");
        Assert.Equal(2, throughput.GetProperty("stored").GetInt32());
        Assert.Equal(4, throughput.GetProperty("p95Seconds").GetDouble());
        Assert.Equal(15, throughput.GetProperty("minutes").GetArrayLength());
        Assert.Equal(2, throughput.GetProperty("minutes").EnumerateArray().Sum(m => m.GetProperty("stored").GetInt32()));
    }

    [Fact]
    public async Task Articles_Recent_NewestStoredFirstFromTheStore()
    {
        JsonElement[] recent = (await Http.GetFromJsonAsync<JsonElement[]>("api/articles?limit=2", Ct))!;

        Assert.Equal(["kuwait", "cairo"], recent.Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Find_FoldedEntity_ReturnsThePageWithTheMatchedMentionAndNoBody()
    {
        FoundPage page = (await Http.GetFromJsonAsync<FoundPage>("api/find?entity=" + Uri.EscapeDataString("احمد") + "&type=per", Ct))!;

        FoundArticle found = Assert.Single(page.Articles);
        Assert.Equal("kuwait", found.Id);
        Assert.Equal(["أحمد"], found.Matched);
        Assert.False(page.HasMore);
    }

    [Theory]
    [InlineData("api/find?type=PERSON", "Unknown entity type 'PERSON'")]
    [InlineData("api/find?date=March", "is not a date range")]
    [InlineData("api/article", "Give the article's id")]
    public async Task Api_BadRequest_400WithTheReason(string path, string reason)
    {
        using HttpResponseMessage response = await Http.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_UnknownId_404AndKnownIdWithAnnotations()
    {
        using HttpResponseMessage missing = await Http.GetAsync("api/article?id=nope", Ct);
        JsonElement article = await Http.GetFromJsonAsync<JsonElement>("api/article?id=kuwait", Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(2, article.GetProperty("entities").GetArrayLength());
        Assert.Equal("text/html; charset=utf-8", (await Http.GetAsync("article?id=kuwait", Ct)).Content.Headers.ContentType?.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_page is not null)
        {
            await _page.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [GeneratedRegex("<section id=\"(?<id>[^\"]+)\"")]
    private static partial Regex SectionIds();

    private static ArticleDocument Article(string id, DateTimeOffset storedAt, TimeSpan latency, params (string Text, string Type)[] entities)
    {
        string text = string.Join(" ", entities.Select(e => e.Text));
        int at = 0;
        return new ArticleDocument
        {
            Id = id,
            Title = id,
            Text = text,
            Language = "ar",
            ReceivedAt = storedAt - latency,
            StoredAt = storedAt,
            ContentHash = id,
            Source = new DocumentSource { FileName = id + ".txt" },
            Engine = new DocumentEngine { Name = "test", Version = "0" },
            Entities = [.. entities.Select(e =>
            {
                DocumentEntity entity = new() { Text = e.Text, Type = e.Type, Start = at, End = at + e.Text.Length };
                at += e.Text.Length + 1;
                return entity;
            })],
        };
    }
}
