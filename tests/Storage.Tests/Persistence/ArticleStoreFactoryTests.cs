using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Mongo;
using Ingestion.Storage.Tests.Persistence.LiteDb;

namespace Ingestion.Storage.Tests.Persistence;

public sealed class ArticleStoreFactoryTests(LiteDbTempFolder folder) : IClassFixture<LiteDbTempFolder>
{
    [Theory]
    [InlineData("mongodb://localhost:27017/news", "news/articles")]
    [InlineData("mongodb://user:secret@db1:27017,db2:27017/?replicaSet=rs0", "ingestion/articles")]
    [InlineData("mongodb://localhost/ingestion?tls=true&tlsAllowInvalidCertificates=true", "ingestion/articles")]
    [InlineData("  mongodb://localhost  ", "ingestion/articles")]
    [InlineData("mongodb+srv://user:pw@cluster0.example.net/news?retryWrites=true&w=majority", "news/articles")]
    public async Task Create_MongoUri_ReturnsMongoStoreWithoutConnecting(string connectionString, string location)
    {
        // Nothing listens on these hosts: a store that connected here would hang or throw.
        await using IArticleStore store = ArticleStoreFactory.Create(connectionString);

        Assert.IsType<MongoArticleStore>(store);
        Assert.Equal(MongoArticleStore.StoreKind, store.Kind);
        Assert.Equal(location, store.Location);
    }

    [Fact]
    public void KindOf_MongoSrvUri_IsMongo() =>
        Assert.Equal(MongoArticleStore.StoreKind, ArticleStoreFactory.KindOf("mongodb+srv://user:pw@cluster0.example.net/news?retryWrites=true"));

    [Fact]
    public async Task Create_LiteDbFilename_ReturnsLiteDbStore()
    {
        string file = System.IO.Path.Combine(folder.Path, "factory.db");

        await using IArticleStore store = ArticleStoreFactory.Create($"Filename={file};Connection=shared");

        Assert.IsType<LiteDbArticleStore>(store);
        Assert.Equal(LiteDbArticleStore.StoreKind, store.Kind);
        Assert.Equal($"{file}#articles", store.Location);
    }

    [Fact]
    public async Task Create_PlainDbPath_ReturnsLiteDbStore()
    {
        await using IArticleStore store = ArticleStoreFactory.Create(System.IO.Path.Combine(folder.Path, "plain.db"));

        Assert.IsType<LiteDbArticleStore>(store);
    }

    [Theory]
    [InlineData("Server=localhost;Database=articles")]
    [InlineData("redis://localhost:6379")]
    [InlineData("MONGODB://localhost")]
    [InlineData("/data/articles.json")]
    [InlineData("   ")]
    [InlineData("")]
    public void Create_UnrecognisedString_ThrowsArgumentExceptionNamingTheForms(string connectionString)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ArticleStoreFactory.Create(connectionString));

        Assert.Contains("mongodb://", error.Message, StringComparison.Ordinal);
        Assert.Contains("mongodb+srv://", error.Message, StringComparison.Ordinal);
        Assert.Contains("Filename=", error.Message, StringComparison.Ordinal);
        Assert.Contains(".db", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mongodb://")]
    [InlineData("mongodb://user:hunter2@host:notaport/db")]
    [InlineData("mongodb+srv://user:hunter2@cluster0.example.net:27017/db")]
    public void KindOf_MalformedMongoUri_ThrowsArgumentExceptionWithoutTheUri(string connectionString)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ArticleStoreFactory.KindOf(connectionString));

        Assert.Contains("MongoDB connection string is malformed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnrecognisedStringWithPassword_DoesNotEchoIt()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ArticleStoreFactory.Create("Server=x;Password=hunter2"));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
