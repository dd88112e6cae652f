using System.Text;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Decodes feed files whatever they were saved as, detected rather than declared: a BOM wins; otherwise valid UTF-8
/// is UTF-8, and anything else is taken as Windows-1256, the Arabic code page older newsroom systems still write.
/// The text comes out NFC-normalized with <c>\n</c> newlines, so the same article always hashes the same.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> s_windows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        (string text, string charset) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (s_strictUtf8.GetString(bytes[3..]), "utf-8"),
            [0xFF, 0xFE, ..] => (Encoding.Unicode.GetString(bytes[2..]), "utf-16le"),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be"),
            _ => DecodeWithoutBom(bytes),
        };

        return new DecodedText(Normalize(text), charset);
    }

    /// <summary>NFC and <c>\n</c> newlines.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string unified = text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
        return unified.IsNormalized(NormalizationForm.FormC) ? unified : unified.Normalize(NormalizationForm.FormC);
    }

    private static (string Text, string Charset) DecodeWithoutBom(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (s_strictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (s_windows1256.Value.GetString(bytes), "windows-1256");
        }
    }
}
