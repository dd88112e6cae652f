using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using LiteDB;

namespace Ingestion.Cli.Tests.Commands.Articles;

/// <summary><c>ingest articles reindex</c> over a document written before the search keys existed.</summary>
public sealed class ReindexArticlesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-reindex-").FullName;

    private string File => Path.Combine(_folder, "articles.db");

    [Fact]
    public async Task Reindex_DocumentWithoutKeys_FindFindsItAfterAndNotBefore()
    {
        // As an earlier version wrote it: straight into the collection, no search block.
        using (LiteDatabase database = new(LiteDbConnection.Parse(File), LiteDbArticleMapper.Create()))
        {
            database.GetCollection<ArticleDocument>(LiteDbArticleStore.CollectionName).Insert(new ArticleDocument
            {
                Id = "old",
                Title = "القاهرة",
                Text = "القاهرة",
                Language = "ar",
                ReceivedAt = DateTimeOffset.UnixEpoch,
                ContentHash = "h",
                Source = new DocumentSource { FileName = "old.txt" },
                Engine = new DocumentEngine { Name = "e", Version = "0" },
                Entities = [new DocumentEntity { Text = "القاهرة", Type = "LOC", End = 7 }],
            });
        }

        (_, string before, _) = await RunAsync("find", "--entity", "القاهرة");
        (int exitCode, string reindexed, string error) = await RunAsync("reindex");
        (_, string after, _) = await RunAsync("find", "--entity", "القاهرة");
        (_, string again, _) = await RunAsync("reindex");

        Assert.Equal("No article found.", before.Trim());
        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal("Read 1 article(s), wrote the search keys of 1.", reindexed.Trim());
        Assert.StartsWith("old · ", after, StringComparison.Ordinal);
        Assert.Equal("Read 1 article(s), wrote the search keys of 0.", again.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        IngestProcess.RunAsync(new Dictionary<string, string?>(), ["articles", .. arguments, "--articles", $"Filename={File};Connection=shared"]);
}
