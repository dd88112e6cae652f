using System.Text;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>UTF-8, UTF-16 and UTF-32 recognised by their byte order mark or, without one, by where their zero bytes fall.</summary>
internal sealed record UnicodeForm(string Name, Encoding Encoding, int BomLength)
{
    private static readonly UnicodeForm s_utf8 = new("utf-8", new UTF8Encoding(false, true), 3);
    private static readonly UnicodeForm s_utf16Le = new("utf-16le", new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
    private static readonly UnicodeForm s_utf16Be = new("utf-16be", new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
    private static readonly UnicodeForm s_utf32Le = new("utf-32le", new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
    private static readonly UnicodeForm s_utf32Be = new("utf-32be", new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);

    public static UnicodeForm? FromBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => s_utf32Le,
        [0x00, 0x00, 0xFE, 0xFF, ..] => s_utf32Be,
        [0xEF, 0xBB, 0xBF, ..] => s_utf8,
        [0xFF, 0xFE, ..] => s_utf16Le,
        [0xFE, 0xFF, ..] => s_utf16Be,
        _ => null,
    };

    /// <summary>
    /// Text in UTF-16 or UTF-32 without a BOM: most of its characters (Latin markup, and in UTF-32 every character
    /// below U+10000) have zero bytes in the same positions, which no 8-bit text and little binary data has. Decoding
    /// strictly and the control-character check after it refuse what only looked so.
    /// </summary>
    public static UnicodeForm? FromZeroBytes(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 4096)];
        if (head.Length < 4)
        {
            return null;
        }

        Span<int> zeros = stackalloc int[4];
        for (int i = 0; i < head.Length; i++)
        {
            if (head[i] == 0)
            {
                zeros[i % 4]++;
            }
        }

        int quarter = head.Length / 4;
        if (bytes.Length % 4 == 0 && zeros[2] >= quarter * 0.95 && zeros[3] >= quarter * 0.95)
        {
            return zeros[1] >= quarter * 0.5 && zeros[0] < quarter * 0.1 ? s_utf32Le : null;
        }

        if (bytes.Length % 4 == 0 && zeros[0] >= quarter * 0.95 && zeros[1] >= quarter * 0.95)
        {
            return zeros[2] >= quarter * 0.5 && zeros[3] < quarter * 0.1 ? s_utf32Be : null;
        }

        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        int even = zeros[0] + zeros[2];
        int odd = zeros[1] + zeros[3];
        int half = head.Length / 2;
        return (even, odd) switch
        {
            _ when odd >= half * 0.3 && even < half * 0.02 => s_utf16Le,
            _ when even >= half * 0.3 && odd < half * 0.02 => s_utf16Be,
            _ => null,
        };
    }
}
