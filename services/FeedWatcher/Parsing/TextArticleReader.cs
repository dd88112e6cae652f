namespace Ingestion.FeedWatcher.Parsing;

/// <summary>A <c>.txt</c> article: the headline is the first non-empty line, the body is everything after it.</summary>
public sealed class TextArticleReader : IArticleReader
{
    public string Format => "txt";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public IReadOnlyList<ParsedArticle> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            string line = text[start..end].Trim();
            if (line.Length > 0)
            {
                string body = end < text.Length ? text[(end + 1)..].Trim() : string.Empty;
                return [new ParsedArticle { Title = line, Body = body }];
            }

            start = end + 1;
        }

        throw new ArticleParseException("The file is empty: a .txt article needs its headline on the first non-empty line.");
    }
}
