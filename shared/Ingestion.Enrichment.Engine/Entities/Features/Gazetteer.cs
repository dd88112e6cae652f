using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// Multi-word names keyed by the chain of their tokens' normalized hashes. The first token may also match by its
// clitic-stripped stem, so والكويت and بالكويت find الكويت.
internal sealed class Gazetteer
{
    private readonly HashSet<ulong> _phrases = [];

    // Every proper prefix of a phrase, so a lookup stops at the first token no name continues with.
    private readonly HashSet<ulong> _prefixes = [];

    public int MaxTokens { get; private set; }

    public int Count => _phrases.Count;

    public void Add(string phrase)
    {
        List<Token> tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0 || tokens.Count > 8)
        {
            return;
        }

        var buffer = new char[TokenAnalyzer.MaxChars * tokens.Count];
        var infos = new TokenInfo[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            infos[i] = TokenAnalyzer.Analyze(tokens[i].Slice(phrase), tokens[i].Kind, buffer, i * TokenAnalyzer.MaxChars);
        }

        ulong byNorm = Start(infos[0].Norm);
        ulong byStem = Start(infos[0].Stem);
        for (int i = 1; i < infos.Length; i++)
        {
            _prefixes.Add(byNorm);
            _prefixes.Add(byStem);
            byNorm = FeatureHash.Combine(byNorm, infos[i].Norm);
            byStem = FeatureHash.Combine(byStem, infos[i].Norm);
        }

        _phrases.Add(byNorm);
        _phrases.Add(byStem);
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
    }

    // Marks the longest match starting at each token; a token inside a match is not a start.
    public void Mark(TokenInfo[] infos, int count, TokenFlags begin, TokenFlags inside)
    {
        int i = 0;
        while (i < count)
        {
            int length = LongestMatch(infos, count, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            infos[i].Flags |= begin;
            for (int k = i + 1; k < i + length; k++)
            {
                infos[k].Flags |= inside;
            }

            i += length;
        }
    }

    public bool Contains(TokenInfo info) => _phrases.Contains(Start(info.Norm)) || _phrases.Contains(Start(info.Stem));

    private static ulong Start(ulong first) => FeatureHash.Combine(0x5EED, first);

    private int LongestMatch(TokenInfo[] infos, int count, int start)
    {
        if ((infos[start].Flags & TokenFlags.Punctuation) != 0)
        {
            return 0;
        }

        int best = 0;
        ulong byNorm = Start(infos[start].Norm);
        ulong byStem = Start(infos[start].Stem);
        for (int length = 1; length <= MaxTokens && start + length <= count; length++)
        {
            if (length > 1)
            {
                ulong next = infos[start + length - 1].Norm;
                byNorm = FeatureHash.Combine(byNorm, next);
                byStem = FeatureHash.Combine(byStem, next);
            }

            if (_phrases.Contains(byNorm) || _phrases.Contains(byStem))
            {
                best = length;
            }

            if (!_prefixes.Contains(byNorm) && !_prefixes.Contains(byStem))
            {
                break;
            }
        }

        return best;
    }
}
