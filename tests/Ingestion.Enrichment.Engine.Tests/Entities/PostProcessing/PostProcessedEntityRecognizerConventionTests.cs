using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

// Shapes where the rules must keep the model's right answer (met on held-out newswire, ANERcorp dev split).
public class PostProcessedEntityRecognizerConventionTests
{
    private const string Title = "عنوان";

    [Theory]
    [InlineData("وقال الأمين العام للأمم المتحدة إن الوضع خطير", "للأمم المتحدة", EntityTypes.Organization)]
    [InlineData("وقال إن للعراق خياراته المتعددة في الرد", "للعراق", EntityTypes.Location)]
    public void Recognize_MentionGluedToLamLam_IsKeptWhole(string body, string mention, string type)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer((mention, type)));

        EntityAnnotation entity = Assert.Single(recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic));

        Assert.Equal(mention, entity.Text);
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("وناشد الراغب مدير عام النادي جماهير الأهلي بصفة خاصة الحضور", "الأهلي")]
    [InlineData("في مباراة قمة المجموعة الثانية أمام تشلسي الإنجليزي في لندن", "تشلسي")]
    public void Recognize_ModelOrganizationAfterTitleWords_StaysAnOrganization(string body, string club)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer((club, EntityTypes.Organization)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic);

        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(EntityTypes.Organization, Assert.Single(entities, e => e.Text == club).Type);
    }

    [Fact]
    public void Recognize_TitleBeforeCommonWords_AddsNoPerson()
    {
        string text = Title + "\nوقال الرئيس رفع الجهاز الفني للفريق درجة الاستعداد ووقع الوزير اتفاقيات منح جديدة";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());

        Assert.DoesNotContain(recognizer.Recognize(text, LanguageGuess.Arabic), e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Recognize_PersonEndingInCommonWord_LosesIt()
    {
        string text = Title + "\nبقيادة الحكم الحسين وتوءمه الحسن وسوف يرافق طاقم التحكيم";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("الحسن وسوف", EntityTypes.Person)));

        EntityAnnotation person = Assert.Single(recognizer.Recognize(text, LanguageGuess.Arabic), e => e.Type == EntityTypes.Person);

        Assert.Equal("الحسن", person.Text);
    }

    [Theory]
    [InlineData("خلال استقبالها للسفير كلاوس ايبرمان رئيس البعثة", "كلاوس ايبرمان")]
    [InlineData("وفي غضون ذلك وجه كوفي أنان رسالة", "كوفي أنان")]
    [InlineData("وانبرى فان نيستلروي لركلة الجزاء ان", "فان نيستلروي")]
    public void Recognize_NameOpeningWithKafOrFa_KeepsItsFirstLetter(string body, string name)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer((name, EntityTypes.Person)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic);

        Assert.Equal(name, Assert.Single(entities, e => e.Type == EntityTypes.Person).Text);
    }

    [Theory]
    [InlineData("أن قطاع غزة على وشك مواجهة", "غزة")]
    [InlineData("بتوقيت مكة المكرمة يوميا", "مكة")]
    [InlineData("النمو الاقتصادي السريع لدولة قطر وبعض الدول", "قطر")]
    public void Recognize_PlaceAfterDescriptiveWord_TagsTheNameOnly(string body, string place)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());

        EntityAnnotation entity = Assert.Single(recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic));

        Assert.Equal(place, entity.Text);
        Assert.Equal(EntityTypes.Location, entity.Type);
    }

    [Theory]
    [InlineData("ويوصي مجلس الإدارة بتأسيس برنامج جديد")]
    [InlineData("في ميزانية وزارة الدفاع بموافقة اغلبية كبيرة")]
    [InlineData("اعلنت شركة السيارات الصينية عن طراز جديد")]
    public void Recognize_BodyWithoutNationOrPlace_IsNotAnOrganization(string body)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());

        Assert.DoesNotContain(recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic), e => e.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("وتأتي نيسان « أورفان » الجديدة بخيار", true)]
    [InlineData("منذ نيسان الماضي لم يتغير شيء", false)]
    [InlineData("في 15 نيسان اجتمع المجلس", false)]
    public void Recognize_MonthWordTaggedByModel_IsKeptOnlyOutsideADate(string body, bool kept)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("نيسان", EntityTypes.Organization)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic);

        Assert.Equal(kept, entities.Any(e => e.Text == "نيسان"));
    }

    [Fact]
    public void Recognize_PersonCutAtItsParticle_IsJoined()
    {
        string text = Title + "\nبرئاسة الشيخ محمد بن راشد آل مكتوم وسمو الشيخ حمدان";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(
            ("محمد بن راشد آل", EntityTypes.Person), ("مكتوم وسمو", EntityTypes.Person)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Equal("محمد بن راشد آل مكتوم", Assert.Single(entities, e => e.Type == EntityTypes.Person).Text);
    }

    [Fact]
    public void Recognize_NationalMinistry_IsAnOrganization()
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Title + "\nحسب تقدير من وزارة الطاقة الأمريكية للعام", LanguageGuess.Arabic);

        Assert.Equal("وزارة الطاقة الأمريكية", Assert.Single(entities, e => e.Type == EntityTypes.Organization).Text);
    }

    [Fact]
    public void Recognize_NamedPartyWithNationality_KeepsTheModelName()
    {
        string text = Title + "\nحركة حماس تستعد بمساعدة حزب الله اللبناني لمواجهة";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("حزب الله", EntityTypes.Organization)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Contains(entities, e => e.Text == "حزب الله" && e.Type == EntityTypes.Organization);
        Assert.DoesNotContain(entities, e => e.Text.Contains("اللبناني", StringComparison.Ordinal));
    }
}
