using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

// An initial and a surname as a person, through the whole post-processing chain.
public class EnglishInitialledPersonsTests
{
    private const string Headline = "Headline\n";

    private static IReadOnlyList<EntityAnnotation> Recognize(string body, params (string Text, string Type)[] model) =>
        new PostProcessedEntityRecognizer(new FakeEntityRecognizer(model)).Recognize(Headline + body, LanguageGuess.English);

    [Fact]
    public void Recognize_InitialAndSurnameInAScoreboard_IsAPerson()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize("Northfield 212 ( T. Okonedo 64 , P. Varga 41 ; H. Lindqvist 4-38 )");

        Assert.Contains(entities, e => e.Text == "T. Okonedo" && e.Type == EntityTypes.Person);
        Assert.Contains(entities, e => e.Text == "P. Varga" && e.Type == EntityTypes.Person);
        Assert.Contains(entities, e => e.Text == "H. Lindqvist" && e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Recognize_SurnameTheModelFoundAlone_TakesItsInitial()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize("Man of the match was T. Okonedo .", ("Okonedo", EntityTypes.Person));

        Assert.Equal(EntityTypes.Person, Assert.Single(entities).Type);
        Assert.Equal("T. Okonedo", Assert.Single(entities).Text);
    }

    [Theory]
    [InlineData("They chose plan A. Then they left.")]
    [InlineData("Officials at the U.S. Embassy declined.")]
    [InlineData("He flew to Nairobi via B. Kenya was next.")]
    public void Recognize_CapitalAndStopBeforeNoSurname_AddsNoPerson(string body)
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(body);

        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Recognize_InitialledNameTheModelTypedOtherwise_KeepsTheModelsType()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize("Shares of J. Crewmore rose .", ("J. Crewmore", EntityTypes.Organization));

        Assert.Equal(EntityTypes.Organization, Assert.Single(entities).Type);
    }
}
