using System.Text;
using UtfUnknown;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Decodes feed files whatever they were saved as, the way feed readers and browsers do: a BOM wins; then UTF-16 or
/// UTF-32 recognised by their zero bytes; then the charset the file declares (XML declaration, HTML meta), unless it is
/// a single-byte code page and the bytes are valid UTF-8 beyond ASCII; then valid UTF-8 is UTF-8; then Arabic in windows-1256 or iso-8859-6 (<see cref="ArabicCodePages"/>); then the charset is
/// detected (UTF.Unknown, a port of Mozilla's detector: the Latin, Cyrillic, Greek, Hebrew and CJK code pages). Binary data and broken UTF-8 are refused with a reason. The text comes out
/// NFC-normalized with <c>\n</c> newlines, so the same article always hashes the same.
/// </summary>
public static class TextDecoder
{
    // Below this the detector is guessing: measured, 0.50-0.52 for four-character Chinese and Japanese titles it read
    // as Greek or windows-1252, 0.65-0.88 for short French, German, Turkish, Greek, Hebrew and Russian ones.
    private const float MinimumConfidence = 0.6f;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<bool> s_codePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <exception cref="ArticleParseException">The bytes are binary data or text in no encoding we can tell.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        (string text, string charset) = DecodeBytes(bytes);
        if (ControlCharacters(text) * 100 > text.Length)
        {
            throw new ArticleParseException($"Binary data: decoded as {charset}, over 1% of it is control characters, so it is not a text article.");
        }

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

    private static (string Text, string Charset) DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (UnicodeForm.FromBom(bytes) is { } bom)
        {
            return (Strict(bom.Encoding, bytes[bom.BomLength..], $"the file starts with a {bom.Name} byte order mark"), bom.Name);
        }

        if (UnicodeForm.FromZeroBytes(bytes) is { } wide)
        {
            return (Strict(wide.Encoding, bytes, $"its zero bytes say {wide.Name}"), wide.Name);
        }

        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
        {
            throw new ArticleParseException("Binary data: the file has NUL bytes, so it is not a text article.");
        }

        // A file declared in a single-byte code page whose bytes are valid UTF-8 with non-ASCII in them was re-saved as
        // UTF-8 without its declaration being updated: legacy text almost never forms valid multi-byte UTF-8 by chance.
        string? utf8 = TryStrict(s_strictUtf8, bytes);
        bool utf8BeyondAscii = utf8 is not null && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F);
        if (DeclaredCharset.Find(bytes) is { } declared
            && !(utf8BeyondAscii && IsSingleByte(declared))
            && TryDecode(declared, bytes) is { } fromDeclaration)
        {
            return fromDeclaration;
        }

        if (utf8 is not null)
        {
            return (utf8, "utf-8");
        }

        if (Utf8Damage.LooksLikeBrokenUtf8(bytes))
        {
            throw new ArticleParseException("Invalid UTF-8: the file mixes valid UTF-8 with invalid bytes, so it is damaged rather than in another encoding. Save it as UTF-8.");
        }

        // The detector tells Latin, Cyrillic and CJK text apart well but is unsure of short Arabic texts, which the
        // Arabic test decides; and it picks the Arabic code page less surely than the letters the decoding gives.
        DetectionDetail? detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        string? name = detected is { Confidence: >= MinimumConfidence } ? detected.EncodingName : null;
        return (name is not null and not ("windows-1256" or "iso-8859-6") ? TryDecode(name, bytes) : null)
            ?? ArabicCodePages.TryDecode(bytes, CodePage)
            ?? (LatinText.LooksLikeIt(bytes) ? TryDecode("windows-1252", bytes) : null)
            ?? throw new ArticleParseException("Invalid UTF-8, and its charset could not be told: declare it (<?xml ... encoding=\"...\"?>) or save the file as UTF-8.");
    }

    private static Encoding CodePage(int codePage)
    {
        _ = s_codePages.Value;
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static (string Text, string Charset)? TryDecode(string charset, ReadOnlySpan<byte> bytes)
    {
        _ = s_codePages.Value;
        string name = charset.Trim().ToLowerInvariant() switch
        {
            // As browsers do (WHATWG Encoding): these labels mean windows-1252, whose 0x80-0x9F are letters, not controls.
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "gb2312" => "gb18030",
            var other => other,
        };

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }

        // A file that says UTF-16 or UTF-32 but was not recognised as such above was saved as something else.
        if (encoding is UnicodeEncoding or UTF32Encoding)
        {
            return null;
        }

        return TryStrict(encoding, bytes) is { } text ? (text, encoding.WebName) : null;
    }

    private static bool IsSingleByte(string charset)
    {
        _ = s_codePages.Value;
        try
        {
            return Encoding.GetEncoding(charset).IsSingleByte;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string why) =>
        TryStrict(encoding, bytes) ?? throw new ArticleParseException($"Invalid {encoding.WebName}: {why}, but its bytes are not valid {encoding.WebName}.");

    private static string? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int ControlCharacters(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                count++;
            }
        }

        return count;
    }
}
