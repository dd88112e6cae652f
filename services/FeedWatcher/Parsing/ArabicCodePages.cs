using System.Text;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Undeclared Arabic in the two legacy code pages newsroom systems still write, Windows-1256 and ISO-8859-6. Both put
/// their letters in 0xC1–0xFE, where other code pages have mostly accented Latin letters; they differ in where: the
/// one whose decoding gives more Arabic letters is the file's. Short texts are where the general detector is least
/// sure, so this decides first whenever the bytes look Arabic.
/// </summary>
internal static class ArabicCodePages
{
    public static (string Text, string Charset)? TryDecode(ReadOnlySpan<byte> bytes, Func<int, Encoding> codePage)
    {
        if (!HighBytesInLetterRange(bytes))
        {
            return null;
        }

        (string? windows, double windowsShare) = Decode(bytes, codePage(1256));
        (string? iso, double isoShare) = Decode(bytes, codePage(28596));
        return Math.Max(windowsShare, isoShare) < 0.6 ? null
            : windowsShare >= isoShare ? (windows!, "windows-1256")
            : (iso!, "iso-8859-6");
    }

    private static bool HighBytesInLetterRange(ReadOnlySpan<byte> bytes)
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

    // The share of Arabic letters among the non-ASCII characters; a decoding that fails counts as none.
    private static (string? Text, double Share) Decode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, 0);
        }

        int nonAscii = 0;
        int arabic = 0;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                nonAscii++;
                if (c is >= '\u0621' and <= '\u0652')
                {
                    arabic++;
                }
            }
        }

        return (text, nonAscii == 0 ? 0 : (double)arabic / nonAscii);
    }
}
