using System.Text.Json;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;
using Ingestion.Enrichment.Engine.Tests.Temporal;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public sealed class StandoffNerGoldTests : IDisposable
{
    private const string Story = "Acme Corp. said Monday it will move to Denver.";

    private readonly string _root = Directory.CreateTempSubdirectory("standoff-ner-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Read_TextFileWithMatchingHash_GivesEntitiesOnThatText()
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), Story);
        string gold = WriteGold("a.txt", StandoffGoldReader.Hash(Story), (39, 45, "LOC"), (0, 10, "ORG"));

        StandoffNerDocument document = Assert.Single(StandoffNerGold.Read(gold, _root));

        Assert.Equal(["Acme Corp.", "Denver"], document.Gold.Select(e => e.Text));
        Assert.Equal(("en", "dev"), (document.Language, document.Part));
    }

    [Fact]
    public void Read_TimeMlFile_ReadsTheTextElementOnly()
    {
        File.WriteAllText(Path.Combine(_root, "a.tml"), $"<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\" functionInDocument=\"CREATION_TIME\">1998-02-06</TIMEX3></DCT><TEXT>{Story.Replace("Monday", "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-02\">Monday</TIMEX3>", StringComparison.Ordinal)}</TEXT></TimeML>");
        string gold = WriteGold("a.tml", StandoffGoldReader.Hash(Story), (0, 10, "ORG"));

        StandoffNerDocument document = Assert.Single(StandoffNerGold.Read(gold, _root));

        Assert.Equal(Story, document.Text);
    }

    [Fact]
    public void Read_TextChanged_RefusesWithTheSource()
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), Story + " Later.");
        string gold = WriteGold("a.txt", StandoffGoldReader.Hash(Story), (0, 10, "ORG"));

        var e = Assert.Throws<InvalidDataException>(() => StandoffNerGold.Read(gold, _root));

        Assert.Contains("a.txt", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40, 60, "LOC")]
    [InlineData(39, 45, "GPE")]
    public void Read_SpanOutsideTheTextOrUnknownType_Refuses(int start, int end, string type)
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), Story);
        string gold = WriteGold("a.txt", StandoffGoldReader.Hash(Story), (start, end, type));

        Assert.Throws<InvalidDataException>(() => StandoffNerGold.Read(gold, _root));
    }

    [Fact]
    public void Read_NewswireGold_MatchesTheTempEvalTexts()
    {
        string corpus = Path.GetFullPath(Path.Combine(SpecFolder.RepositoryRoot(), "..", "shared", "corpus"));
        Assert.SkipUnless(Directory.Exists(Path.Combine(corpus, "temporal-en")), $"The newswire NER gold annotates TempEval-3 texts read from {corpus}/temporal-en, which is absent (they have no licence to be copied).");
        string gold = Path.Combine(SpecFolder.RepositoryRoot(), "tests", "Ingestion.Enrichment.Engine.Tests", "Entities", "Gold", "temporal-en.ner.jsonl");

        IReadOnlyList<StandoffNerDocument> documents = StandoffNerGold.Read(gold, corpus);

        Assert.Equal(["dev", "test"], documents.Select(d => d.Part).Distinct().Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.All(d.Gold, e => Assert.True(char.IsUpper(e.Text[0]), $"{d.Source}: '{e.Text}'")));
    }

    private string WriteGold(string source, string hash, params (int Start, int End, string Type)[] entities)
    {
        string path = Path.Combine(_root, "gold.jsonl");
        var line = new
        {
            source,
            sha256 = hash,
            language = "en",
            part = "dev",
            entities = entities.Select(e => new { start = e.Start, end = e.End, type = e.Type }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(line) + "\n");
        return path;
    }
}
