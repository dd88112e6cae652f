namespace Ingestion.FeedWatcher.Parsing;

/// <summary>Picks the reader for a file by its extension.</summary>
public sealed class ArticleReaders
{
    private readonly Dictionary<string, IArticleReader> _byExtension;

    public ArticleReaders(IEnumerable<IArticleReader> readers)
    {
        _byExtension = readers
            .SelectMany(reader => reader.Extensions.Select(extension => (extension, reader)))
            .ToDictionary(pair => pair.extension, pair => pair.reader, StringComparer.OrdinalIgnoreCase);
        Extensions = _byExtension.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The readers every feed-watcher has.</summary>
    public static ArticleReaders Default { get; } = new(
    [
        new TextArticleReader(),
        new JsonArticleReader(),
        new JsonLinesArticleReader(),
        new SyndicationArticleReader(),
        new HtmlArticleReader(),
    ]);

    public IReadOnlySet<string> Extensions { get; }

    public bool TryGet(string path, out IArticleReader reader) =>
        _byExtension.TryGetValue(Path.GetExtension(path), out reader!);
}
