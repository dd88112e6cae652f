using System.Text.Json;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;

namespace Ingestion.Cli.Tests.Commands.Articles;

/// <summary><c>ingest articles find</c> as an operator runs it, over a LiteDB file written by the store.</summary>
public sealed class FindArticlesCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ingest-find-" + Guid.NewGuid().ToString("N"));

    private string Store => $"Filename={Path.Combine(_folder, "articles.db")};Connection=shared";

    public async ValueTask InitializeAsync()
    {
        await using LiteDbArticleStore store = new(Store);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.UpsertManyAsync(
        [
            Article("kuwait", 1, "الكويت تستضيف القمة", ("الكويت", "LOC"), ("أحمد الصباح", "PER")),
            Article("cairo", 2, "أمطار في القاهرة", ("القاهرة", "LOC")),
            Article("cairo-2", 3, "زحام في القاهرة", ("القاهرة", "LOC")),
        ], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Find_EntityFoldedWithType_PrintsOneLinePerArticleNewestFirstWithTheMention()
    {
        (int exitCode, string output, string error) = await RunAsync("--entity", "القاهره", "--type", "LOC");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        string[] lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("cairo-2 · ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("cairo · ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(" · القاهرة (LOC)", lines[1], StringComparison.Ordinal);
        Assert.Equal("Articles 1–2.", lines[2]);
    }

    [Fact]
    public async Task Find_JsonWithLimit_SaysThereIsMoreAndPrintsDocuments()
    {
        (int exitCode, string output, _) = await RunAsync("--type", "LOC", "--limit", "1", "--json");

        Assert.Equal(0, exitCode);
        using JsonDocument page = JsonDocument.Parse(output);
        Assert.True(page.RootElement.GetProperty("hasMore").GetBoolean());
        JsonElement article = Assert.Single(page.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("cairo-2", article.GetProperty("id").GetString());
        Assert.False(article.TryGetProperty("search", out _));
    }

    [Fact]
    public async Task Find_NextPage_SkipsTheFirst()
    {
        (_, string output, _) = await RunAsync("--type", "LOC", "--limit", "2", "--skip", "2");

        Assert.StartsWith("kuwait · ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--type", "PERSON", "Unknown entity type 'PERSON'")]
    [InlineData("--date", "2024-13", "'2024-13' is not a date range")]
    [InlineData("--limit", "0", "limit must be between 1 and 500")]
    public async Task Find_BadFilter_FailsWithTheReasonAndPrintsNoArticle(string option, string value, string reason)
    {
        (int exitCode, string output, string error) = await RunAsync(option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(reason, output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("cairo", output, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] filters) =>
        IngestProcess.RunAsync(new Dictionary<string, string?>(), ["articles", "find", "--articles", Store, .. filters]);

    private static ArticleDocument Article(string id, int minute, string title, params (string Text, string Type)[] entities) => new()
    {
        Id = id,
        Title = title,
        Text = title,
        Language = "ar",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        StoredAt = new DateTimeOffset(2026, 12, 1, 12, minute, 0, TimeSpan.Zero),
        ContentHash = id,
        Source = new DocumentSource { FileName = id + ".txt" },
        Engine = new DocumentEngine { Name = "test", Version = "0" },
        Entities = [.. entities.Select(e => new DocumentEntity { Text = e.Text, Type = e.Type, Start = title.IndexOf(e.Text, StringComparison.Ordinal), End = title.IndexOf(e.Text, StringComparison.Ordinal) + e.Text.Length })],
    };
}
