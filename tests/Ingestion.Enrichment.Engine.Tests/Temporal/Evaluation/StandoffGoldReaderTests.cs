using System.IO.Compression;
using System.Text.Json;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Evaluation;

public sealed class StandoffGoldReaderTests : IDisposable
{
    private const string Article = "وصل الوفد أمس الاثنين، ويبقى ثلاثة أيام.";

    private readonly string _root = Directory.CreateTempSubdirectory("standoff-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Read_TextFileWithMatchingHash_GivesGoldOnThatText()
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), Article);
        string gold = WriteGold("a.txt", StandoffGoldReader.Hash(Article), Article.IndexOf("ثلاثة أيام", StringComparison.Ordinal), 10);

        TimexDocument document = Assert.Single(StandoffGoldReader.Read(gold, _root));

        Assert.Equal("ثلاثة أيام", document.Gold[0].Text);
        Assert.Equal(("ar", "dev", new DateOnly(2015, 7, 21)), (document.Language, document.Part, document.CreationDate));
    }

    [Fact]
    public void Read_ArticleInsideSaudiNewsNetZip_ReadsItsContent()
    {
        string zip = Path.Combine(_root, "2015-07-21.zip");
        using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("2015-07-21.json").Open());
            writer.Write(JsonSerializer.Serialize(new[] { new { content = "أول" }, new { content = Article } }));
        }

        string gold = WriteGold("2015-07-21.zip#1", StandoffGoldReader.Hash(Article), 10, 3);

        TimexDocument document = Assert.Single(StandoffGoldReader.Read(gold, _root));

        Assert.Equal(Article, document.Text);
        Assert.Equal("أمس", document.Gold[0].Text);
    }

    [Fact]
    public void Read_TextChanged_RefusesWithTheSource()
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), Article + " تغيير");
        string gold = WriteGold("a.txt", StandoffGoldReader.Hash(Article), 10, 3);

        var e = Assert.Throws<InvalidDataException>(() => StandoffGoldReader.Read(gold, _root));

        Assert.Contains("a.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SpanPastTheEnd_Refuses()
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), Article);
        string gold = WriteGold("a.txt", StandoffGoldReader.Hash(Article), Article.Length - 2, 5);

        Assert.Throws<InvalidDataException>(() => StandoffGoldReader.Read(gold, _root));
    }

    private string WriteGold(string source, string hash, int start, int length)
    {
        string path = Path.Combine(_root, "gold.jsonl");
        var line = new
        {
            source,
            sha256 = hash,
            dct = "2015-07-21",
            language = "ar",
            part = "dev",
            timex = new[] { new { start, end = start + length, type = "DURATION", value = "P3D" } },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(line) + "\n");
        return path;
    }
}
