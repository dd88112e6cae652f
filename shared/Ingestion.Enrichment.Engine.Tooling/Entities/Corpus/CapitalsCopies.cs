namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>
/// Copies of training sentences written in capitals, with their tags: newswire headlines ("TENNIS - HALVORSEN UPSETS
/// SECOND SEED IN OSLO") and tables in capitals, which mixed-case training text hardly has.
/// </summary>
public static class CapitalsCopies
{
    /// <summary>The sentences, then a copy in capitals of every <paramref name="every"/>th one (none when 0).</summary>
    public static List<ConllSentence> Add(IReadOnlyList<ConllSentence> sentences, int every)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfNegative(every);
        var result = new List<ConllSentence>(sentences);
        if (every == 0)
        {
            return result;
        }

        for (int s = every - 1; s < sentences.Count; s += every)
        {
            ConllSentence sentence = sentences[s];
            result.Add(sentence with { Tokens = [.. sentence.Tokens.Select(static t => t.ToUpperInvariant())] });
        }

        return result;
    }
}
