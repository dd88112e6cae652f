using System.Text;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Model;

// A pre-tokenized sentence turned into text + spans, so corpus sentences go through the same feature code as raw text.
internal static class TokenSequence
{
    public static (string Text, List<Token> Tokens) Join(IReadOnlyList<string> words)
    {
        var builder = new StringBuilder();
        var tokens = new List<Token>(words.Count);
        foreach (string word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            int start = builder.Length;
            builder.Append(word);
            tokens.Add(new Token(start, builder.Length, KindOf(word)));
        }

        return (builder.ToString(), tokens);
    }

    public static List<(string Text, IReadOnlyList<Token> Tokens)> JoinAll(IEnumerable<IReadOnlyList<string>> sentences) =>
        [.. sentences.Select(s => { (string text, List<Token> tokens) = Join(s); return (text, (IReadOnlyList<Token>)tokens); })];

    // The document of sentence s in a corpus without document boundaries: its neighbours within the window.
    public static DocumentContext Window(List<(string Text, IReadOnlyList<Token> Tokens)> sentences, int s, int window) =>
        window <= 0
            ? DocumentContext.Empty
            : DocumentContext.Build(NerLexicons.Default, sentences.Skip(Math.Max(0, s - window)).Take((2 * window) + 1));

    public static TokenKind KindOf(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (ArabicNormalizer.IsArabicLetter(c))
            {
                return TokenKind.ArabicWord;
            }

            letter |= char.IsLetter(c);
        }

        return letter ? TokenKind.LatinWord : word.Length > 0 && char.IsDigit(word[0]) ? TokenKind.Number : TokenKind.Punctuation;
    }
}
