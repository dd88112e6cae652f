namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Undeclared Latin text in a Western code page, for when the detector is unsure: its accented letters stand alone
/// between ASCII letters (<c>Genève</c>, <c>Straße</c>), while the double-byte CJK encodings and the single-byte
/// Cyrillic, Greek and Arabic ones write whole runs of high bytes.
/// </summary>
internal static class LatinText
{
    public static bool LooksLikeIt(ReadOnlySpan<byte> bytes)
    {
        int runs = 0;
        int single = 0;
        int run = 0;
        foreach (byte b in bytes)
        {
            if (b >= 0x80)
            {
                run++;
                continue;
            }

            if (run > 0)
            {
                runs++;
                single += run == 1 ? 1 : 0;
                if (run > 2)
                {
                    return false;
                }
            }

            run = 0;
        }

        return run <= 2 && runs > 0 && single >= runs * 0.8;
    }
}
