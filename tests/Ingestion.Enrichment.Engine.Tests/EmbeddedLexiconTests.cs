using Ingestion.Enrichment.Engine.Agency;

namespace Ingestion.Enrichment.Engine.Tests;

public class EmbeddedLexiconTests
{
    [Fact]
    public void Rows_PersonTitles_EachRowIsARuleTitleOrAModelForm()
    {
        List<string[]> rows = EmbeddedLexicon.Rows("Lexicons/person_titles.tsv");

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains(row[1], (string[])["office", "honorific", ""]);
            Assert.True(row[1].Length > 0 || row is [_, _, "model"], $"'{row[0]}' is read by nobody.");
        });
        Assert.Contains(rows, row => row is ["وزير", "office", "model"]);
    }

    [Fact]
    public void Rows_NewsAgencies_EveryRowHasDatelineFormsOrModelNames()
    {
        List<string[]> rows = EmbeddedLexicon.Rows("Agencies/news_agencies.tsv");

        Assert.All(rows, row =>
        {
            Assert.Equal(6, row.Length);
            Assert.True((row[1].Length > 0 && row[3].Length > 0) || row[5].Length > 0, $"'{row[0]}' is read by nobody.");
        });
    }

    [Fact]
    public void Forms_AgencyWithoutDatelineForms_IsNoDatelineForm()
    {
        Assert.Contains(EmbeddedLexicon.Rows("Agencies/news_agencies.tsv"), row => row[2] == "AMI" && row[1].Length == 0);

        Assert.DoesNotContain(AgencyLexicon.Forms, form => form.Agency.EnglishName == "AMI");
        Assert.Contains(AgencyLexicon.Forms, form => form.Agency.LatinAbbreviation == "MENA");
    }

    [Fact]
    public void Territories_Arabic_NamesKuwaitByItsCode()
    {
        Assert.Contains(("KW", (string?)"الكويت"), EmbeddedLexicon.Territories("ar"));
        Assert.Contains("ar-EG", EmbeddedLexicon.TerritoryLocales());
    }

    [Fact]
    public void Lines_MissingResource_ThrowsNamingIt()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => EmbeddedLexicon.Lines("Lexicons/none.tsv"));

        Assert.Contains("Lexicons/none.tsv", error.Message, StringComparison.Ordinal);
    }
}
