namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Groups the mentions of one entity: a mention takes as canonical name the longest mention of the same type whose
// words contain its own (بلينكن → آنثوني بلينكن); a mention alone is its own canonical name.
internal static class CanonicalNameResolver
{
    public static string[] Resolve(IReadOnlyList<(string Type, string[] Words, string Text)> mentions)
    {
        var canonical = new string[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            (string type, string[] words, string text) = mentions[i];
            string best = text;
            int bestWords = words.Length;
            int bestLength = text.Length;
            foreach ((string otherType, string[] otherWords, string otherText) in mentions)
            {
                bool longer = otherWords.Length > bestWords || (otherWords.Length == bestWords && otherText.Length > bestLength);
                if (longer && otherType == type && ContainsRun(otherWords, words))
                {
                    best = otherText;
                    bestWords = otherWords.Length;
                    bestLength = otherText.Length;
                }
            }

            canonical[i] = best;
        }

        return canonical;
    }

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        if (needle.Length == 0 || needle.Length > haystack.Length)
        {
            return false;
        }

        for (int start = 0; start + needle.Length <= haystack.Length; start++)
        {
            if (haystack.AsSpan(start, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }
}
