using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities;

namespace Ingestion.Enrichment.Engine.Tests.Entities;

public class SequenceEntityRecognizerTests
{
    private static readonly Lazy<SequenceEntityRecognizer> s_recognizer = new(SequenceEntityRecognizer.LoadDefault);

    private static string SeedText()
    {
        string directory = AppContext.BaseDirectory;
        while (directory is not null && !Directory.Exists(Path.Combine(directory, "shared", "data", "examples", "seed")))
        {
            directory = Path.GetDirectoryName(directory)!;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory, "shared", "data", "examples", "seed", "000_5fc6fc8d7a967a8e.txt"));
    }

    [Fact]
    public void LoadDefault_EmbeddedModels_HaveAVersionForBothLanguages()
    {
        Assert.Matches("^ar-anercorp-wikifane-[0-9a-f]{12};en-gum-wikigold-[0-9a-f]{12};ar-clusters-([0-9]+|none)$", s_recognizer.Value.ModelVersion);
    }

    [Fact]
    public void Recognize_SeedArticle_FindsClearPersonsAndPlaces()
    {
        IReadOnlyList<EntityAnnotation> entities = s_recognizer.Value.Recognize(SeedText(), "ar");

        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == "آنثوني بلينكن");
        // The model alone may keep the title in the span: WikiFANE, which it also trains on, starts about a quarter of
        // its persons that follow الدكتور, الشيخ, الرئيس... with the title. The rules after it trim titles (SeedArticleTests).
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text.EndsWith("أحمد ناصر المحمد الصباح", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "الكويت");
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "الولايات المتحدة الأمريكية");
    }

    [Fact]
    public void Recognize_AnyText_SpansSliceTheTextAndConfidenceIsAProbability()
    {
        string text = SeedText();

        IReadOnlyList<EntityAnnotation> entities = s_recognizer.Value.Recognize(text, "ar");

        Assert.NotEmpty(entities);
        Assert.All(entities, e =>
        {
            Assert.Equal(e.Text, text[e.Start..e.End]);
            Assert.InRange(e.Confidence, 0, 1);
        });
        Assert.Equal(entities.OrderBy(e => e.Start), entities);
    }

    [Fact]
    public void Recognize_English_FindsPersonAndPlace()
    {
        const string Text = "President Barack Obama met Angela Merkel in Berlin on Tuesday.";

        IReadOnlyList<EntityAnnotation> entities = s_recognizer.Value.Recognize(Text, "en");

        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text.Contains("Obama", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "Berlin");
    }

    [Fact]
    public void Recognize_UnknownLanguage_PicksTheModelByScript()
    {
        const string Text = "زار بلينكن الكويت";

        IReadOnlyList<EntityAnnotation> entities = s_recognizer.Value.Recognize(Text, "und");

        Assert.Contains(entities, e => e.Text == "الكويت" && e.Type == EntityTypes.Location);
        Assert.Equal(s_recognizer.Value.Recognize(Text, "ar"), entities);
    }

    [Fact]
    public void Recognize_EmptyText_ReturnsNothing()
    {
        Assert.Empty(s_recognizer.Value.Recognize(string.Empty, "ar"));
    }
}
