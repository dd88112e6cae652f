using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

public class PostProcessedEntityRecognizerTests
{
    private const string Title = "عنوان";

    [Fact]
    public void Recognize_ShortMentionAfterFullName_TakesTheFullNameAsCanonical()
    {
        string text = Title + "\nالتقى الوزير آنثوني بلينكن في الكويت، وقالت مصادر إن زيارة بلينكن ناجحة.";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("آنثوني بلينكن", EntityTypes.Person)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        EntityAnnotation shortMention = Assert.Single(entities, e => e.Text == "بلينكن");
        Assert.Equal(EntityTypes.Person, shortMention.Type);
        Assert.Equal("آنثوني بلينكن", shortMention.CanonicalName);
        Assert.Equal("آنثوني بلينكن", Assert.Single(entities, e => e.Text == "آنثوني بلينكن").CanonicalName);
        Assert.Equal("الكويت", Assert.Single(entities, e => e.Text == "الكويت").CanonicalName);
    }

    [Theory]
    [InlineData("عقد وزير الخارجية الكويتي ووزير الدولة لشؤون مجلس الوزراء الشيخ الدكتور أحمد ناصر المحمد الصباح، اليوم جلسة", "أحمد ناصر المحمد الصباح", "وزير الخارجية الكويتي")]
    [InlineData("جلسة مباحثات مع وزير خارجية الولايات المتحدة الأمريكية آنثوني بلينكن في ديوان عام الوزارة", "آنثوني بلينكن", "وزير خارجية الولايات المتحدة الأمريكية")]
    [InlineData("ومن جانبها، أكدت السفيرة الأمريكية لدى الكويت الينا رومانوسكي، استعداد واشنطن", "الينا رومانوسكي", "السفيرة الأمريكية لدى الكويت")]
    [InlineData("كل من، منسق مكافحة الإرهاب لدى وزارة الخارجية الأمريكية السفير نايثن سايلز، ومساعد الوزير", "نايثن سايلز", "منسق مكافحة الإرهاب لدى وزارة الخارجية الأمريكية")]
    [InlineData("كل من، ونائب مساعد وزير العدل الأمريكي بروس شوارتز، والنائب", "بروس شوارتز", "نائب مساعد وزير العدل الأمريكي")]
    [InlineData("دشن وزير الشؤون البلدية والقروية رئيس اللجنة العامة للانتخابات عبدالملك بن عبداللطيف الموقع", "عبدالملك بن عبداللطيف", "وزير الشؤون البلدية والقروية")]
    public void Recognize_TitlePhraseBeforeName_GivesThePersonItsRole(string body, string name, string role)
    {
        // The inner recognizer finds the name; the decorator reads the role from the words before it.
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer((name, EntityTypes.Person)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic);

        EntityAnnotation person = Assert.Single(entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(name, person.Text);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("وزير خارجية الولايات المتحدة الأمريكية آنثوني بلينكن في ديوان", "آنثوني بلينكن")]
    [InlineData("وسفيرة الولايات المتحدة لدى الكويت الينا رومانوسكي.", "الينا رومانوسكي")]
    [InlineData("ومساعد الوزير بالإنابة في وزارة الخزانة الأمريكية بول أهيرن، ونائب", "بول أهيرن")]
    [InlineData("مساعد وزير الخارجية الكويتي لشؤون التنمية والتعاون الدولي السفير ناصر الصبيح، بالإضافة", "ناصر الصبيح")]
    public void Recognize_NameAfterTitleMissedByModel_IsTaggedPerson(string body, string name)
    {
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Title + "\n" + body, LanguageGuess.Arabic);

        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == name);
    }

    [Theory]
    [InlineData("تربط الكويت والولايات المتحدة علاقات", "والولايات المتحدة", "الولايات المتحدة")]
    [InlineData("التقى الوفد بالكويت أمس", "بالكويت", "الكويت")]
    [InlineData("زار الوزير لندن وواشنطن أمس", "وواشنطن", "واشنطن")]
    public void Recognize_MentionWithLeadingClitic_TrimsTheClitic(string body, string tagged, string expected)
    {
        string text = Title + "\n" + body;
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer((tagged, EntityTypes.Location)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        EntityAnnotation location = Assert.Single(entities, e => e.Text == expected);
        Assert.Equal(EntityTypes.Location, location.Type);
        Assert.Equal(expected, text[location.Start..location.End]);
        Assert.DoesNotContain(entities, e => e.Text == tagged);
    }

    [Fact]
    public void Recognize_NameStartingWithWaw_KeepsItsFirstLetter()
    {
        string text = Title + "\nقال وليد جنبلاط إن وزارة العدل أصدرت بيانا";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("وليد جنبلاط", EntityTypes.Person), ("وزارة العدل", EntityTypes.Organization)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Contains(entities, e => e.Text == "وليد جنبلاط" && e.Type == EntityTypes.Person);
        Assert.Contains(entities, e => e.Text == "وزارة العدل" && e.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Recognize_StringTaggedOnce_GetsTheSameTypeElsewhere()
    {
        string text = Title + "\nأعلنت أرامكو أرباحها، وقال رئيس أرامكو إن النتائج جيدة، وارتفع سهم لأرامكو.";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("أرامكو", EntityTypes.Organization)) { FirstOccurrenceOnly = true });

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Equal(3, entities.Count(e => e.Text == "أرامكو" && e.Type == EntityTypes.Organization));
        Assert.All(entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [Fact]
    public void Recognize_TimeWordsAndDatelineTaggedByModel_AreDropped()
    {
        string text = Title + "\nأ ش أعقد الوزير اليوم الخميس جلسة حتى نهاية نوفمبر الجاري";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(
            ("أ ش أعقد", EntityTypes.Organization), ("اليوم", EntityTypes.Miscellaneous), ("الخميس", EntityTypes.Person), ("نوفمبر الجاري", EntityTypes.Miscellaneous)));

        Assert.Empty(recognizer.Recognize(text, LanguageGuess.Arabic));
    }

    [Fact]
    public void Recognize_PersonIncludingItsTitle_LosesTheTitle()
    {
        string text = Title + "\nوحضر السفير نايثن سايلز الاجتماع";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("السفير نايثن سايلز", EntityTypes.Person)));

        EntityAnnotation person = Assert.Single(recognizer.Recognize(text, LanguageGuess.Arabic));

        Assert.Equal("نايثن سايلز", person.Text);
    }

    [Fact]
    public void Recognize_ModelFoundPartOfAnOrganization_ExtendsToTheWholeName()
    {
        string text = Title + "\nقالت وزارة الخارجية الأمريكية في بيان";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("الخارجية الأمريكية", EntityTypes.Organization)));

        EntityAnnotation organization = Assert.Single(recognizer.Recognize(text, LanguageGuess.Arabic));

        Assert.Equal("وزارة الخارجية الأمريكية", organization.Text);
        Assert.Equal(EntityTypes.Organization, organization.Type);
    }

    [Fact]
    public void Recognize_OrganizationPatterns_AreTaggedWithoutTheirClitic()
    {
        string text = Title + "\nووفقا لوكالة الأنباء الكويتية ناقش مجلس الوزراء تقرير جامعة الكويت";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Equal(
            ["وكالة الأنباء الكويتية", "مجلس الوزراء", "جامعة الكويت"],
            entities.Where(e => e.Type == EntityTypes.Organization).Select(e => e.Text));
    }

    [Fact]
    public void Recognize_EnglishText_TagsCountriesAndPropagatesModelMentions()
    {
        string text = "Headline\nKUWAIT CITY (Reuters) - Antony Blinken met officials in Kuwait on Thursday. Blinken said the talks went well.";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(("Antony Blinken", EntityTypes.Person)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.English);

        Assert.Contains(entities, e => e.Text == "Kuwait" && e.Type == EntityTypes.Location);
        Assert.Contains(entities, e => e.Text == "Blinken" && e.CanonicalName == "Antony Blinken");
        Assert.DoesNotContain(entities, e => e.Text == "Reuters");
    }

    [Fact]
    public void Recognize_EnglishCompanyNamedWithItsLegalForm_IsThatCompanyWithoutIt()
    {
        const string Text = "Headline\nJayark Corp. agreed to buy Rosalco. On Friday, Jayark was quoted at 87 cents, and Jayark shares fell.";
        int second = Text.IndexOf("Jayark was", StringComparison.Ordinal);
        var recognizer = new PostProcessedEntityRecognizer(new FixedEntityRecognizer(
            new EntityAnnotation { Text = "Jayark Corp", Type = EntityTypes.Organization, Start = 9, End = 20, Confidence = 0.9 },
            new EntityAnnotation { Text = "Jayark", Type = EntityTypes.Person, Start = second, End = second + 6, Confidence = 0.9 }));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Text, LanguageGuess.English);

        Assert.Equal(3, entities.Count(e => e.Text.StartsWith("Jayark", StringComparison.Ordinal) && e.Type == EntityTypes.Organization));
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Recognize_EnglishOrganisationWithoutLegalForm_KeepsTheModelsTypeForItsWords()
    {
        const string Text = "Headline\nJordan Bank said on Friday that Jordan would grow.";
        int second = Text.IndexOf("Jordan would", StringComparison.Ordinal);
        var recognizer = new PostProcessedEntityRecognizer(new FixedEntityRecognizer(
            new EntityAnnotation { Text = "Jordan Bank", Type = EntityTypes.Organization, Start = 9, End = 20, Confidence = 0.9 },
            new EntityAnnotation { Text = "Jordan", Type = EntityTypes.Location, Start = second, End = second + 6, Confidence = 0.9 }));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(Text, LanguageGuess.English);

        Assert.Contains(entities, e => e.Text == "Jordan" && e.Type == EntityTypes.Location);
    }

    [Fact]
    public void Recognize_ModelMentionStartingInsideAWord_KeepsItsSpanAndPropagatesWithoutClitic()
    {
        // A model that splits clitics tags الكويت inside والكويت.
        string text = Title + "\nتربط أمريكا والكويت علاقات، وزار الوزير الكويت أمس.";
        int inside = text.IndexOf("والكويت", StringComparison.Ordinal) + 1;
        var recognizer = new PostProcessedEntityRecognizer(new FixedEntityRecognizer(new EntityAnnotation { Text = "الكويت", Type = EntityTypes.Location, Start = inside, End = inside + 6 }));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Equal(2, entities.Count(e => e.Text == "الكويت"));
        Assert.Contains(entities, e => e.Start == inside);
        Assert.All(entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [Fact]
    public void Recognize_MentionEndingInTitleOrTimeWord_LosesIt()
    {
        string text = Title + "\nقرر مجلس الوزراء الشيخ صباح وزار بلينكن اليوم الكويت";
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer(
            ("مجلس الوزراء الشيخ", EntityTypes.Organization), ("بلينكن اليوم", EntityTypes.Person)));

        IReadOnlyList<EntityAnnotation> entities = recognizer.Recognize(text, LanguageGuess.Arabic);

        Assert.Contains(entities, e => e.Text == "مجلس الوزراء" && e.Type == EntityTypes.Organization);
        Assert.Contains(entities, e => e.Text == "بلينكن" && e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Recognize_ManyThreadsAtOnce_GiveTheSameResultAsOne()
    {
        string[] texts =
        [
            Title + "\nمع وزير خارجية الولايات المتحدة الأمريكية آنثوني بلينكن في الكويت",
            Title + "\nأكدت السفيرة الأمريكية لدى الكويت الينا رومانوسكي استعداد واشنطن",
            Title + "\nقالت وزارة الخارجية الأمريكية إن منسق مكافحة الإرهاب السفير نايثن سايلز زار بغداد",
        ];
        var recognizer = new PostProcessedEntityRecognizer(new FakeEntityRecognizer());
        string[] expected = [.. texts.Select(t => Describe(recognizer.Recognize(t, LanguageGuess.Arabic)))];

        string[] actual = new string[300];
        Parallel.For(0, actual.Length, i => actual[i] = Describe(recognizer.Recognize(texts[i % texts.Length], LanguageGuess.Arabic)));

        Assert.All(Enumerable.Range(0, actual.Length), i => Assert.Equal(expected[i % texts.Length], actual[i]));
    }

    private static string Describe(IReadOnlyList<EntityAnnotation> entities) =>
        string.Join("|", entities.Select(e => $"{e.Type}:{e.Start}:{e.End}:{e.CanonicalName}:{e.Role}"));
}
