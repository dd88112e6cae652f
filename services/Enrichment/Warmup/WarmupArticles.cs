using Ingestion.Enrichment.Engine;

namespace Ingestion.Enrichment.Warmup;

/// <summary>
/// Articles written for the warm-up (not taken from any corpus): long enough, and with enough names, dates, times,
/// numbers and an agency dateline, that every stage of the engine runs the paths a real article takes.
/// </summary>
internal static class WarmupArticles
{
    public static readonly EnrichmentRequest Arabic = new(
        "وزير الخارجية يلتقي نظيره الأردني في الرياض لبحث التعاون الاقتصادي",
        """
        الرياض (واس) - التقى وزير الخارجية الأمير فيصل بن فرحان اليوم الثلاثاء 14 مارس 2023 في الرياض وزير الخارجية
        الأردني أيمن الصفدي، وبحث الجانبان العلاقات الثنائية وسبل تعزيزها في المجالات الاقتصادية والتجارية.
        وقال المتحدث باسم الوزارة إن الاجتماع الذي عقد في مقر الوزارة عند الساعة العاشرة صباحاً تناول مشروعات
        الربط الكهربائي بين البلدين، والتي تبلغ كلفتها نحو 500 مليون دولار، على أن تكتمل المرحلة الأولى منها
        بحلول نهاية العام المقبل. وأضاف أن شركة أرامكو السعودية ووزارة الطاقة الأردنية ستوقعان مذكرة تفاهم
        خلال الأسبوع القادم في عمّان، فيما يزور وفد من غرفة تجارة جدة العاصمة الأردنية في الخامس من أبريل.
        وأشار إلى أن حجم التبادل التجاري بين المملكة العربية السعودية والأردن ارتفع بنسبة 12 في المئة خلال
        عام 2022 مقارنة بالعام الذي سبقه، وأن اللجنة السعودية الأردنية المشتركة ستعقد دورتها المقبلة في 20
        رمضان 1444 هـ. من جهة أخرى، استقبل أمير منطقة مكة المكرمة الأمير خالد الفيصل في جدة مساء أمس الاثنين
        سفير الولايات المتحدة لدى المملكة مايكل راتني، وجرى خلال الاستقبال استعراض عدد من الموضوعات ذات الاهتمام
        المشترك. وكانت الأمم المتحدة قد أعلنت الشهر الماضي عن مؤتمر دولي في جنيف يومي 3 و4 مايو لبحث الأوضاع
        الإنسانية، بمشاركة منظمة الصحة العالمية وصندوق النقد الدولي.
        """,
        new DateOnly(2023, 3, 14));

    public static readonly EnrichmentRequest English = new(
        "Central bank holds rates as inflation eases in March",
        """
        LONDON (Reuters) - The Bank of England kept its main interest rate unchanged on Thursday, March 23, 2023,
        Governor Andrew Bailey said after a two-day meeting in London. Inflation fell to 8.7 percent in April from
        10.1 percent a year earlier, the Office for National Statistics said, and the bank expects it to fall further
        by the end of next year. Shares in Barclays and HSBC rose 2 percent by 10:30 GMT, while the International
        Monetary Fund will publish its outlook in Washington next Tuesday.
        """,
        new DateOnly(2023, 3, 23),
        "en");
}
