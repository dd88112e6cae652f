using System.Text;
using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class TextDecoderTests
{
    private const string Arabic = "الكويت تبحث التعاون";

    [Fact]
    public void Decode_Utf8WithoutBom_IsUtf8()
    {
        DecodedText decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic));

        Assert.Equal(("utf-8", Arabic), (decoded.Charset, decoded.Text));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsBom()
    {
        DecodedText decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)]);

        Assert.Equal(("utf-8", Arabic), (decoded.Charset, decoded.Text));
    }

    [Fact]
    public void Decode_Utf16LittleEndianBom_IsUtf16()
    {
        DecodedText decoded = TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)]);

        Assert.Equal(("utf-16le", Arabic), (decoded.Charset, decoded.Text));
    }

    [Fact]
    public void Decode_Utf16BigEndianBom_IsUtf16()
    {
        DecodedText decoded = TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Arabic)]);

        Assert.Equal(("utf-16be", Arabic), (decoded.Charset, decoded.Text));
    }

    [Fact]
    public void Decode_Windows1256_IsDetected()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding(1256).GetBytes(Arabic);

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal(("windows-1256", Arabic), (decoded.Charset, decoded.Text));
    }

    [Fact]
    public void Decode_CrLfAndDecomposedText_NormalizesNewlinesAndNfc()
    {
        DecodedText decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Cafe\u0301\r\nline\rlast"));

        Assert.Equal("Caf\u00e9\nline\nlast", decoded.Text);
    }

    public static TheoryData<string, int, string> UndeclaredLegacyText() => new()
    {
        { "windows-1256", 1256, "أعلنت وزارة الخارجية الكويتية اليوم عن زيارة رسمية للوزير إلى القاهرة لبحث التعاون المشترك" },
        { "iso-8859-6", 28596, "أعلنت وزارة الخارجية الكويتية اليوم عن زيارة رسمية للوزير إلى القاهرة لبحث التعاون المشترك" },
        { "windows-1252", 1252, "Le ministre a annoncé une réunion à Genève avec les délégués étrangers pour décembre prochain." },
        { "shift_jis", 932, "東京都の知事は本日、新しい政策を発表しました。経済の回復を目指すとしています。" },
        { "euc-kr", 51949, "서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 반응이 뜨겁다." },
        { "big5", 950, "台北市政府今天宣布了新的交通政策，市民反應熱烈。" },
        { "windows-1251", 1251, "Министр иностранных дел объявил сегодня о новой встрече с коллегами." },
    };

    [Theory]
    [MemberData(nameof(UndeclaredLegacyText))]
    public void Decode_UndeclaredLegacyCodePage_IsDetected(string charset, int codePage, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        DecodedText decoded = TextDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal(charset, decoded.Charset);
    }

    [Theory]
    [InlineData("euc-kr", 51949, "서울시 교통 정책")]
    [InlineData("shift_jis", 932, "東京都の知事")]
    [InlineData("gb2312", 936, "北京市政府")]
    [InlineData("iso-8859-1", 1252, "Genève, déc.")]
    [InlineData("windows-1252", 1252, "Zürich – “quoted”")]
    [InlineData("iso-8859-6", 28596, "القاهرة")]
    [InlineData("windows-1256", 1256, "القاهرة")]
    public void Decode_CharsetInTheXmlDeclaration_IsUsed(string declared, int codePage, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string xml = $"<?xml version=\"1.0\" encoding=\"{declared}\"?><rss><channel><title>{text}</title></channel></rss>";

        DecodedText decoded = TextDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(xml));

        Assert.Equal(xml, decoded.Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Decode_WideUnicodeWithoutBom_IsRecognisedByItsZeroBytes(string charset)
    {
        Encoding encoding = charset switch
        {
            "utf-16le" => new UnicodeEncoding(false, false),
            "utf-16be" => new UnicodeEncoding(true, false),
            "utf-32le" => new UTF32Encoding(false, false),
            _ => new UTF32Encoding(true, false),
        };
        string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>" + Arabic + "</title></item></channel></rss>";

        DecodedText decoded = TextDecoder.Decode(encoding.GetBytes(xml));

        Assert.Equal((charset, xml), (decoded.Charset, decoded.Text));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, "utf-32le")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "utf-32be")]
    public void Decode_Utf32Bom_IsUtf32(byte[] bom, string charset)
    {
        var encoding = new UTF32Encoding(bigEndian: charset == "utf-32be", byteOrderMark: false);

        DecodedText decoded = TextDecoder.Decode([.. bom, .. encoding.GetBytes(Arabic)]);

        Assert.Equal((charset, Arabic), (decoded.Charset, decoded.Text));
    }

    [Fact]
    public void Decode_Utf8BomFollowedByAnInvalidByte_IsRefusedWithAReason()
    {
        ArticleParseException refused = Assert.Throws<ArticleParseException>(() => TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'T', 0xFF, (byte)'\n', (byte)'b']));

        Assert.Contains("byte order mark", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DamagedUtf8_IsRefusedRatherThanGuessed()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("عنوان الخبر\nنص الخبر الطويل "), 0xD8, 0x28, 0xC3, 0x28];

        ArticleParseException refused = Assert.Throws<ArticleParseException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("Invalid UTF-8", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ImageBytes_AreRefusedAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        ArticleParseException refused = Assert.Throws<ArticleParseException>(() => TextDecoder.Decode(png));

        Assert.Contains("Binary", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredLatin1ButSavedAsUtf8_IsReadAsUtf8()
    {
        string xml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>Genève, القاهرة</title></channel></rss>";

        DecodedText decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(("utf-8", xml), (decoded.Charset, decoded.Text));
    }

    [Theory]
    [InlineData(936, "北京会谈")]
    [InlineData(932, "東京で会談")]
    public void Decode_ShortUndeclaredCjkTheDetectorIsUnsureOf_IsRefusedRatherThanGuessed(int codePage, string title)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding(codePage).GetBytes($"<rss><channel><title>W</title><item><title>{title}</title></item></channel></rss>");

        ArticleParseException refused = Assert.Throws<ArticleParseException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("declare it", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café 1")]
    [InlineData("Genève")]
    [InlineData("Straße München")]
    [InlineData("São Paulo")]
    public void Decode_ShortUndeclaredLatin_IsWindows1252OrACompatibleLatinPage(string title)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string xml = $"<rss><channel><title>W</title><item><title>{title}</title></item></channel></rss>";

        DecodedText decoded = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(xml));

        Assert.Equal(xml, decoded.Text);
    }
}
