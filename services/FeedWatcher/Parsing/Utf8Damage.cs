namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Tells damaged UTF-8 from text in a legacy code page. Legacy text almost never forms a valid multi-byte UTF-8
/// sequence by chance (Arabic windows-1256 letters are all lead bytes followed by more lead bytes); a UTF-8 file cut
/// or corrupted keeps most of its sequences valid.
/// </summary>
internal static class Utf8Damage
{
    public static bool LooksLikeBrokenUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte lead = bytes[i];
            int length = lead switch
            {
                < 0x80 => 1,
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 1)
            {
                i++;
                continue;
            }

            if (length > 1 && i + length <= bytes.Length && Continuations(bytes.Slice(i + 1, length - 1)))
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return valid > invalid;
    }

    private static bool Continuations(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is < 0x80 or > 0xBF)
            {
                return false;
            }
        }

        return true;
    }
}
