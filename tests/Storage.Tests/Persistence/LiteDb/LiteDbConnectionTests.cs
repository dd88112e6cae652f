using Ingestion.Storage.Persistence.LiteDb;
using LiteDB;

namespace Ingestion.Storage.Tests.Persistence.LiteDb;

public sealed class LiteDbConnectionTests(LiteDbTempFolder folder) : IClassFixture<LiteDbTempFolder>
{
    [Theory]
    [InlineData("Filename=/data/articles.db;Connection=shared", true)]
    [InlineData("filename=articles.litedb", true)]
    [InlineData("/data/articles.db", true)]
    [InlineData("articles.DB", true)]
    [InlineData("mongodb://localhost/ingestion", false)]
    [InlineData("Server=sql;Database=x", false)]
    [InlineData("/data/articles.txt", false)]
    public void IsLiteDb_Forms_RecognisesFilenameOrDbPath(string connectionString, bool expected) =>
        Assert.Equal(expected, LiteDbConnection.IsLiteDb(connectionString));

    [Fact]
    public void Parse_NoConnectionOrCollation_DefaultsToSharedAndOrdinal()
    {
        string file = System.IO.Path.Combine(folder.Path, "a.db");

        ConnectionString parsed = LiteDbConnection.Parse($"Filename={file}");

        Assert.Equal(ConnectionType.Shared, parsed.Connection);
        Assert.Equal(System.Globalization.CompareOptions.Ordinal, parsed.Collation.SortOptions);
        Assert.Equal(file, parsed.Filename);
    }

    [Fact]
    public void Parse_ExplicitDirectConnection_IsKept()
    {
        ConnectionString parsed = LiteDbConnection.Parse($"Filename={System.IO.Path.Combine(folder.Path, "b.db")};Connection=direct");

        Assert.Equal(ConnectionType.Direct, parsed.Connection);
    }

    [Fact]
    public void Parse_PlainPath_BecomesFilenameWithSharedConnection()
    {
        string file = System.IO.Path.Combine(folder.Path, "sub", "c.db");

        ConnectionString parsed = LiteDbConnection.Parse(file);

        Assert.Equal(file, parsed.Filename);
        Assert.Equal(ConnectionType.Shared, parsed.Connection);
        Assert.True(Directory.Exists(System.IO.Path.GetDirectoryName(file)));
    }

    [Fact]
    public void Parse_EmptyFilename_ThrowsArgumentException()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => LiteDbConnection.Parse("Filename=;Connection=shared"));

        Assert.Contains("Filename", error.Message, StringComparison.Ordinal);
    }
}
