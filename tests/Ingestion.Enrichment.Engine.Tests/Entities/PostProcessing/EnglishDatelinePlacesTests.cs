using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

// The place of a wire dateline, through the whole post-processing chain.
public class EnglishDatelinePlacesTests
{
    private static IReadOnlyList<EntityAnnotation> Recognize(string text, params (string Text, string Type)[] model) =>
        new PostProcessedEntityRecognizer(new FakeEntityRecognizer(model)).Recognize(text, LanguageGuess.English);

    [Theory]
    [InlineData("CYCLING - KRAMER TAKES STAGE .\nBRIGNOLE , France 1996-09-14\nKramer won the stage.", "BRIGNOLE")]
    [InlineData("Flood warning\nPORT LOUIS, Mauritius (AP) -- Rivers rose on Monday.", "PORT LOUIS")]
    [InlineData("ROWING - LATE SURGE .\nTRAKAI 1996-09-14\nThe crew won.", "TRAKAI")]
    [InlineData("Talks resume\nVALLETTA, Malta, Sept 12 - Talks resumed.", "VALLETTA")]
    public void Recognize_DatelinePlaceTheModelReadAsAPerson_IsAPlace(string text, string place)
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(text, (place, EntityTypes.Person));

        Assert.Equal(EntityTypes.Location, Assert.Single(entities, e => e.Text == place).Type);
    }

    [Fact]
    public void Recognize_DatelinePlaceTheModelMissed_IsAdded()
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize("ROWING - LATE SURGE .\nTRAKAI 1996-09-14\nThe crew won.");

        Assert.Contains(entities, e => e.Text == "TRAKAI" && e.Type == EntityTypes.Location);
    }

    [Fact]
    public void Recognize_DatelineShapedLineDeepInTheBody_IsLeftAlone()
    {
        // Only the first lines hold the dateline; later a line in capitals with a date is a table's row or a heading.
        IReadOnlyList<EntityAnnotation> entities = Recognize("Headline\nTRAKAI 1996-09-14\nOne.\nTwo.\nFINAL STANDINGS 1996-09-14\n");

        Assert.Contains(entities, e => e.Text == "TRAKAI");
        Assert.DoesNotContain(entities, e => e.Text.Contains("STANDINGS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MARKETS - SHARES FALL .\nSome text.", "SHARES FALL")]
    [InlineData("Headline\nThe index SHARES rose 1996-09-14 in trading.", "SHARES")]
    [InlineData("Headline\nRESULTS OF THE DAY\nBoston 5 Toronto 3", "RESULTS")]
    public void Recognize_CapitalsNotOpeningADateline_AreLeftAlone(string text, string words)
    {
        IReadOnlyList<EntityAnnotation> entities = Recognize(text);

        Assert.DoesNotContain(entities, e => e.Text.Contains(words, StringComparison.Ordinal));
    }
}
