using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Agency;

namespace Ingestion.Enrichment.Engine.Tests.Agency;

public class DatelineAgencyDetectorTests
{
    private const string Title = "عنوان الخبر";

    private readonly DatelineAgencyDetector _detector = new();

    [Theory]
    [InlineData("أ ش أعقد وزير الخارجية الكويتي جلسة مباحثات", "أ ش أ", "MENA")]
    [InlineData("القاهرة - أ ش أ - أعلنت وزارة الصحة", "أ ش أ", "MENA")]
    [InlineData("القاهرة - أ.ش.أ - أعلنت وزارة الصحة", "أ.ش.أ", "MENA")]
    [InlineData("الكويت - كونا: بحث وزير الخارجية", "كونا", "KUNA")]
    [InlineData("الكويت - 28 - 11 (كونا) -- بحث وزير الخارجية", "كونا", "KUNA")]
    [InlineData("برلين (د ب أ) - قالت الحكومة", "د ب أ", "dpa")]
    [InlineData("(د ب أ) - قالت الحكومة الألمانية", "د ب أ", "dpa")]
    [InlineData("الرياض - واس - رعى خادم الحرمين", "واس", "SPA")]
    [InlineData("باريس (أ ف ب) - أعلنت الرئاسة", "أ ف ب", "AFP")]
    [InlineData("لندن (رويترز) - ارتفعت أسعار النفط", "رويترز", "Reuters")]
    [InlineData("أبوظبي - وام - استقبل", "وام", "WAM")]
    [InlineData("المنامة - بنا - استقبل", "بنا", "BNA")]
    [InlineData("الدوحة - قنا - استقبل", "قنا", "QNA")]
    [InlineData("دمشق - سانا - أصدر", "سانا", "SANA")]
    [InlineData("بغداد - واع - أعلن", "واع", "INA")]
    [InlineData("رام الله - وفا - قال", "وفا", "WAFA")]
    [InlineData("أنقرة (الأناضول) - قال", "الأناضول", "Anadolu")]
    [InlineData("بكين (شينخوا) - قال", "شينخوا", "Xinhua")]
    [InlineData("واشنطن - يو بي آي - قال", "يو بي آي", "UPI")]
    [InlineData("واشنطن (أسوشيتد برس) - قال", "أسوشيتد برس", "AP")]
    public void Detect_ArabicDateline_FindsAgencyWithExactSpan(string body, string expectedSpan, string expectedLatin)
    {
        string text = Title + "\n" + body;

        NewsAgency? agency = _detector.Detect(text, Title.Length + 1);

        Assert.NotNull(agency);
        Assert.Equal(expectedLatin, agency.Latin);
        Assert.Equal(expectedSpan, text[agency.Start..agency.End]);
    }

    [Fact]
    public void Detect_GluedMena_ReturnsFullArabicName()
    {
        string text = Title + "\nأ ش أعقد وزير الخارجية";

        NewsAgency? agency = _detector.Detect(text, Title.Length + 1);

        Assert.NotNull(agency);
        Assert.Equal("وكالة أنباء الشرق الأوسط", agency.Name);
        Assert.Equal("أ ش أ", agency.Abbreviation);
    }

    [Theory]
    [InlineData("KUWAIT CITY (Reuters) - Kuwait's foreign minister said", "Reuters", "Reuters")]
    [InlineData("WASHINGTON (AP) — The State Department said", "AP", "Associated Press")]
    [InlineData("PARIS, July 29 (AFP) - France said", "AFP", "Agence France-Presse")]
    [InlineData("BERLIN (dpa) - The government said", "dpa", "Deutsche Presse-Agentur")]
    [InlineData("KUWAIT, July 29 (KUNA) -- The minister said", "KUNA", "Kuwait News Agency")]
    [InlineData("RIYADH, July 29 (SPA) -- The minister said", "SPA", "Saudi Press Agency")]
    [InlineData("ABU DHABI, 29th July, 2021 (WAM) -- The minister said", "WAM", "Emirates News Agency")]
    [InlineData("CAIRO, July 29 (MENA) - The minister said", "MENA", "Middle East News Agency")]
    public void Detect_EnglishDateline_ReturnsEnglishName(string body, string expectedSpan, string expectedName)
    {
        string text = "Headline\n" + body;

        NewsAgency? agency = _detector.Detect(text, "Headline".Length + 1);

        Assert.NotNull(agency);
        Assert.Equal(expectedName, agency.Name);
        Assert.Equal(expectedSpan, text[agency.Start..agency.End]);
    }

    [Theory]
    [InlineData("عقد وزير الخارجية الكويتي جلسة مباحثات، ووفقا لوكالة الأنباء الكويتية (كونا) فقد تناول الجانبان")]
    [InlineData("قال وزير الخارجية لوكالة رويترز إن المباحثات مثمرة")]
    [InlineData("بنا على ما سبق قررت الحكومة")]
    [InlineData("The minister told Reuters on Thursday that the talks went well")]
    public void Detect_AgencyMentionedInTheArticle_ReturnsNull(string body)
    {
        string text = Title + "\n" + body;

        Assert.Null(_detector.Detect(text, Title.Length + 1));
    }

    [Fact]
    public void Detect_AgencyInTheTitleOnly_ReturnsNull()
    {
        const string Text = "كونا: بحث التعاون\nعقد وزير الخارجية جلسة مباحثات";

        Assert.Null(_detector.Detect(Text, Text.IndexOf('\n', StringComparison.Ordinal) + 1));
    }
}
