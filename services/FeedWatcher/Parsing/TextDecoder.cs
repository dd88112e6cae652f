using System.Text;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Decodes feed files whatever they were saved as, detected rather than declared: a BOM wins; otherwise valid UTF-8
/// is UTF-8, and anything else is taken as Windows-1256, the Arabic code page older newsroom systems still write,
/// when it reads as Arabic text. Binary data and broken UTF-8 are refused with a reason. The text comes out
/// NFC-normalized with <c>\n</c> newlines, so the same article always hashes the same.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> s_windows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    });

    /// <exception cref="ArticleParseException">The bytes are binary data or text in no encoding we can tell.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        bool utf16 = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!utf16 && bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
        {
            throw new ArticleParseException("Binary data: the file has NUL bytes, so it is not a text article.");
        }

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
            return LooksLikeWindows1256Arabic(bytes)
                ? (s_windows1256.Value.GetString(bytes), "windows-1256")
                : throw new ArticleParseException("Invalid UTF-8, and not Windows-1256 Arabic either: save the file as UTF-8.");
        }
    }

    // Windows-1256 Arabic puts its letters in 0xC1–0xFE; broken UTF-8 (lead bytes 0xC2–0xF4 followed by
    // continuation bytes 0x80–0xBF) puts half its high bytes below that range, where 1256 has mostly symbols.
    private static bool LooksLikeWindows1256Arabic(ReadOnlySpan<byte> bytes)
    {
        int high = 0;
        int letters = 0;
        foreach (byte b in bytes)
        {
            if (b >= 0x80)
            {
                high++;
                if (b >= 0xC1)
                {
                    letters++;
                }
            }
        }

        return high > 0 && letters >= high * 0.85;
    }
}
