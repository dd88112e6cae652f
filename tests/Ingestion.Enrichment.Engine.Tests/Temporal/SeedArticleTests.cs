using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class SeedArticleTests
{
    [Fact]
    public void Tag_SeedArticle_GivesExactlyTheExpectedExpressions()
    {
        string text = File.ReadAllText(Path.Combine(SpecFolder.RepositoryRoot(), "shared", "data", "examples", "seed", "000_5fc6fc8d7a967a8e.txt"));

        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag(text);

        (string Text, string Type, string Value, string? Mod)[] expected =
        [
            ("اليوم الخميس", TemporalTypes.Date, "2021-07-29", null),
            ("60 عاما", TemporalTypes.Duration, "P60Y", null),
            ("30 عاما", TemporalTypes.Duration, "P30Y", null),
            ("الربع الأخير من العام الجاري", TemporalTypes.Date, "2021-Q4", null),
            ("نهاية نوفمبر الجاري", TemporalTypes.Date, "2021-11", "END"),
        ];
        Assert.Equal(expected, found.Select(a => (a.Text, a.Type, a.Value, a.Mod)).ToArray());
        Assert.All(found, a => Assert.Equal(a.Text, text[a.Start..a.End]));
        Assert.DoesNotContain(found, a => a.Text is "اليوم" or "الخميس" or "الجاري");
    }

    [Fact]
    public void Tag_AnyText_AnnotationsAreOrderedAndDoNotOverlap()
    {
        const string text = "قال امس الاربعاء 28 يوليو 2021 ان الاجتماع سيعقد الساعة العاشرة صباحا يوم الخميس المقبل لمدة ثلاثة أيام، كل عام.";

        IReadOnlyList<Ingestion.Contracts.TemporalAnnotation> found = TemporalAssert.Tag(text);

        Assert.NotEmpty(found);
        for (int i = 1; i < found.Count; i++)
        {
            Assert.True(found[i - 1].End <= found[i].Start, $"{found[i - 1].Text} overlaps {found[i].Text}");
        }
    }
}
