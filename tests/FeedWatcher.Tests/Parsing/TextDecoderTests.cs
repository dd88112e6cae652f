using System.Text;
using Ingestion.FeedWatcher.Parsing;

namespace FeedWatcher.Tests.Parsing;

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
}
