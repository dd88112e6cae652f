using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Temporal;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>Resolution against an article dated 2018-05-20, in both languages.</summary>
public sealed class ArticleDateResolutionTests
{
    private static readonly DateOnly s_may2018 = new(2018, 5, 20);

    [Theory]
    [InlineData("سيعقد الاجتماع في 14 يوليو/ تموز المقبل", "ar", "14 يوليو/ تموز المقبل", "2018-07-14")]
    [InlineData("ينتهي في 26 مايو الحالي", "ar", "26 مايو الحالي", "2018-05-26")]
    [InlineData("وقع في 5 أبريل/نيسان الماضي", "ar", "5 أبريل/نيسان الماضي", "2018-04-05")]
    [InlineData("ارتفعت في الأشهر الستة الأولى من هذا العام", "ar", "الأشهر الستة الأولى من هذا العام", "2018-H1")]
    [InlineData("سيبدأ الصيف المقبل", "ar", "الصيف المقبل", "2018-SU")]
    [InlineData("ارتفعت الأسعار في 2014", "ar", "2014", "2014")]
    [InlineData("تراجعت منذ 2010", "ar", "2010", "2010")]
    [InlineData("It was built in the 20th century", "en", "the 20th century", "19")]
    [InlineData("It rose in the 1990s", "en", "the 1990s", "199")]
    [InlineData("Prices rose in 2009", "en", "2009", "2009")]
    [InlineData("The vote closed at 15:00 GMT Saturday", "en", "15:00 GMT Saturday", "2018-05-19T15:00")]
    [InlineData("استمر الاجتماع نحو عقد من الزمن", "ar", "نحو عقد من الزمن", "P10Y")]
    [InlineData("وصل الساعة الثامنة صباحا يوم 24 نوفمبر", "ar", "الساعة الثامنة صباحا يوم 24 نوفمبر", "2018-11-24T08:00")]
    public void Tag_ExpressionInMay2018Article_Resolves(string text, string language, string expected, string value)
    {
        IReadOnlyList<TemporalAnnotation> found = new RuleTemporalTagger().Tag(text, language, s_may2018);

        Assert.Equal((expected, value), found.Select(a => (a.Text, a.Value)).LastOrDefault());
    }
}
