using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

// The English organisation rules, through the whole post-processing chain, one class of missed organisation each.
public class EnglishOrganizationRulesTests
{
    private const string Headline = "Headline\n";

    private static IReadOnlyList<EntityAnnotation> Recognize(string body, params (string Text, string Type)[] model) =>
        new PostProcessedEntityRecognizer(new FakeEntityRecognizer(model)).Recognize(Headline + body, LanguageGuess.English);

    private static string TypeOf(IReadOnlyList<EntityAnnotation> entities, string text) => Assert.Single(entities, e => e.Text == text).Type;

    [Fact]
    public void Recognize_OrganisationOpeningWithThe_LeavesTheArticleOut()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "The Organization of African Unity said Friday it would investigate. The Hague said nothing.",
            ("The Organization of African Unity", EntityTypes.Organization), ("The Hague", EntityTypes.Location));

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Organization of African Unity"));
        Assert.Equal(EntityTypes.Location, TypeOf(entities, "The Hague"));
    }

    [Fact]
    public void Recognize_DottedAcronymOfAFixedOrganisation_IsThatOrganisation()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "They lived in U.N.-run camps. U.S. allies and other U.N. members objected.",
            ("U.N.", EntityTypes.Location), ("U.S.", EntityTypes.Location));

        // Mentions end at their last letter: the final stop is punctuation to the mention cleaner.
        Assert.Equal(2, entities.Count(e => e.Text == "U.N" && e.Type == EntityTypes.Organization));
        Assert.Equal(EntityTypes.Location, TypeOf(entities, "U.S"));
    }

    [Fact]
    public void Recognize_AcronymDefinedInBrackets_TakesTheNamesTypeWhereverItIsUsed()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "The Kenya Ports Authority (KPA) raised its fees. KPA said ships would wait.",
            ("Kenya Ports Authority", EntityTypes.Organization));

        Assert.Equal(2, entities.Count(e => e.Text == "KPA" && e.Type == EntityTypes.Organization));
    }

    [Fact]
    public void Recognize_EmbassyOrMinistryTypedAsPlace_IsAnOrganisation()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "The figures came from the U.S. Embassy in the capital of the former Soviet Union.",
            ("U.S. Embassy", EntityTypes.Location), ("Soviet Union", EntityTypes.Location));

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "U.S. Embassy"));
        Assert.Equal(EntityTypes.Location, TypeOf(entities, "Soviet Union"));
    }

    [Fact]
    public void Recognize_NameAfterSpokesmanForOrSharesOf_IsAnOrganisationUnlessAPlace()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "The plan was approved, said a spokesman for Halvorsen. Traders sold shares of Marduk. A spokesman for Kenya denied it.",
            ("Halvorsen", EntityTypes.Person), ("Marduk", EntityTypes.Miscellaneous), ("Kenya", EntityTypes.Location));

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Halvorsen"));
        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Marduk"));
        Assert.Equal(EntityTypes.Location, TypeOf(entities, "Kenya"));
    }

    [Fact]
    public void Recognize_CompanyNamedWithItsFullName_IsThatCompanyByItsFirstWord()
    {
        const string Body = "Kyle Technology Corp. said an investor will buy it, said a spokesman. Kyle makes electronic components.";
        int second = (Headline + Body).LastIndexOf("Kyle", StringComparison.Ordinal);
        var recognizer = new PostProcessedEntityRecognizer(new FixedEntityRecognizer(
            new EntityAnnotation { Text = "Kyle Technology Corp", Type = EntityTypes.Organization, Start = 9, End = 29, Confidence = 0.9 },
            new EntityAnnotation { Text = "Kyle", Type = EntityTypes.Miscellaneous, Start = second, End = second + 4, Confidence = 0.9 }));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Headline + Body, LanguageGuess.English);

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Kyle"));
    }

    [Fact]
    public void Recognize_CompanyWhoseFirstWordIsANationality_DoesNotMakeTheNationalityACompany()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "American Express Co. cut jobs. American officials said little.",
            ("American Express Co", EntityTypes.Organization), ("American", EntityTypes.Miscellaneous));

        Assert.Equal(EntityTypes.Miscellaneous, TypeOf(entities, "American"));
    }

    [Fact]
    public void Recognize_TownsInASportsResult_AreClubsAndCountriesStayPlaces()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "English league soccer results on Saturday: Leicester 2 Chelsea 1. Leicester drew with Arsenal last week, "
            + "and the coach of Germany, who beat France in the cup, watched.",
            ("Leicester", EntityTypes.Location), ("Chelsea", EntityTypes.Person), ("Germany", EntityTypes.Location), ("France", EntityTypes.Location));

        Assert.Equal(2, entities.Count(e => e.Text == "Leicester" && e.Type == EntityTypes.Organization));
        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Chelsea"));
        Assert.Equal(EntityTypes.Location, TypeOf(entities, "Germany"));
        Assert.Equal(EntityTypes.Location, TypeOf(entities, "France"));
    }

    [Fact]
    public void Recognize_ScoresOutsideASportsStory_LeaveThePlacesAlone()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "Flights from Leicester 2 times a week and Chelsea 3 times were cut, the match of supply and demand lost.",
            ("Leicester", EntityTypes.Location), ("Chelsea", EntityTypes.Location));

        Assert.All(entities, e => Assert.Equal(EntityTypes.Location, e.Type));
    }

    [Fact]
    public void Recognize_SideOfAResultLine_IsAClubWhereverTheStoryNamesIt()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "Dutch league soccer results and the coach's view:\nFeyenoord 2 Vitesse 0\nTwente 3 (Vos 12, De Jong 40) Utrecht 1\nVitesse now face the cup.",
            ("Vitesse", EntityTypes.Person), ("Twente 3", EntityTypes.Location), ("Vos", EntityTypes.Person), ("De Jong", EntityTypes.Person));

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Feyenoord"));
        Assert.Equal(2, entities.Count(e => e.Text == "Vitesse" && e.Type == EntityTypes.Organization));
        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Twente"));
        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Utrecht"));
        Assert.Equal(EntityTypes.Person, TypeOf(entities, "De Jong"));
    }

    [Fact]
    public void Recognize_TeamOfAStandingsRow_IsAClubButAGolfersRowKeepsItsPerson()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(
            "Soccer league standings after the match (played, won, drawn, lost, goals for, against, points):\n"
            + "Groningen 10 8 1 1 25 6 25\nTiger Woods 68 70 72 70",
            ("Tiger Woods", EntityTypes.Person));

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Groningen"));
        Assert.Equal(EntityTypes.Person, TypeOf(entities, "Tiger Woods"));
    }

    [Fact]
    public void Recognize_NewsAgencyNamedInTheBody_IsAnOrganisationButTheDatelinesIsNot()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize("BEIJING (Reuters) - The plan was first reported by Xinhua and later confirmed to Reuters.");

        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Xinhua"));
        Assert.Equal(EntityTypes.Organization, TypeOf(entities, "Reuters"));
        Assert.True(Assert.Single(entities, e => e.Text == "Reuters").Start > Headline.Length + 20);
    }
}
