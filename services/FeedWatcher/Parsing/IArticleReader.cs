namespace Ingestion.FeedWatcher.Parsing;

/// <summary>Reads the articles of one feed file format.</summary>
public interface IArticleReader
{
    /// <summary>The format's name, recorded on each message: <c>txt</c>, <c>json</c>, ...</summary>
    string Format { get; }

    /// <summary>File extensions this reader takes, with the dot, lower case.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>The file's articles; throws <see cref="ArticleParseException"/> with a reason a person can act on.</summary>
    IReadOnlyList<ParsedArticle> Read(string text);
}
