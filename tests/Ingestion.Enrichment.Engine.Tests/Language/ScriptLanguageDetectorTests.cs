using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests.Language;

public class ScriptLanguageDetectorTests
{
    private readonly ScriptLanguageDetector _detector = new();

    [Fact]
    public void Detect_ArabicNewswire_ReturnsArabicWithHighConfidence()
    {
        LanguageGuess guess = _detector.Detect(
            "عقد وزير الخارجية الكويتي اليوم الخميس جلسة مباحثات ثنائية مع وزير خارجية الولايات المتحدة الأمريكية في ديوان عام الوزارة.");

        Assert.Equal(LanguageGuess.Arabic, guess.Code);
        Assert.True(guess.Confidence > 0.9, $"confidence {guess.Confidence}");
    }

    [Fact]
    public void Detect_EnglishNewswire_ReturnsEnglish()
    {
        LanguageGuess guess = _detector.Detect(
            "KUWAIT CITY (Reuters) - Kuwait's foreign minister met the U.S. Secretary of State on Thursday to discuss the strategic dialogue between the two countries.");

        Assert.Equal(LanguageGuess.English, guess.Code);
        Assert.True(guess.Confidence > 0.8, $"confidence {guess.Confidence}");
    }

    [Theory]
    [InlineData("Kuwait and US hold strategic talks\nReuters - Antony Blinken met Kuwaiti officials in Kuwait City on Thursday, July 29, 2021.")]
    [InlineData("Oil prices climb as OPEC output falls\nLONDON - Brent crude rose 2% on Monday after Saudi cuts.")]
    public void Detect_HeadlineStyleEnglish_ReturnsEnglish(string text) =>
        Assert.Equal(LanguageGuess.English, _detector.Detect(text).Code);

    [Theory]
    [InlineData("Le Koweït et les États-Unis tiennent des pourparlers stratégiques au Koweït jeudi.")]
    [InlineData("Kuwait y Estados Unidos celebran conversaciones estratégicas en la capital el jueves.")]
    public void Detect_HeadlineStyleFrenchOrSpanish_ReturnsOther(string text) =>
        Assert.Equal(LanguageGuess.Other, _detector.Detect(text).Code);

    [Theory]
    [InlineData("Le ministre des Affaires étrangères a rencontré jeudi son homologue américain pour discuter du dialogue stratégique entre les deux pays.")]
    [InlineData("El ministro de Asuntos Exteriores se reunió el jueves con su homólogo estadounidense para hablar del diálogo estratégico entre los dos países.")]
    public void Detect_FrenchOrSpanish_ReturnsOther(string text) =>
        Assert.Equal(LanguageGuess.Other, _detector.Detect(text).Code);

    [Theory]
    [InlineData("")]
    [InlineData("   12345 -- !!")]
    public void Detect_NoLetters_ReturnsOtherWithZeroConfidence(string text)
    {
        LanguageGuess guess = _detector.Detect(text);

        Assert.Equal(LanguageGuess.Other, guess.Code);
        Assert.Equal(0, guess.Confidence);
    }

    [Fact]
    public void Detect_ShortText_HasLowConfidence()
    {
        LanguageGuess guess = _detector.Detect("الكويت");

        Assert.Equal(LanguageGuess.Arabic, guess.Code);
        Assert.True(guess.Confidence < 0.2, $"confidence {guess.Confidence}");
    }

    [Fact]
    public void Detect_ArabicWithSomeLatinNames_StaysArabic()
    {
        LanguageGuess guess = _detector.Detect("أعلنت شركة Microsoft اليوم عن نتائج الربع الثالث من العام الجاري في مدينة سياتل الأمريكية.");

        Assert.Equal(LanguageGuess.Arabic, guess.Code);
    }

    [Fact]
    public void Detect_PersianInArabicScript_ReturnsOther()
    {
        LanguageGuess guess = _detector.Detect("وزیر امور خارجه ایران روز پنجشنبه با همتای کویتی خود در تهران دیدار و گفتگو کرد.");

        Assert.Equal(LanguageGuess.Other, guess.Code);
    }
}
