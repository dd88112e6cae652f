using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Ingestion.LoadHarness.Feed;

/// <summary>
/// Drops the corpus's articles into the feed, cycled, each made unique by its number on the headline line (ids come
/// from the content, so an unchanged copy would be a duplicate). Files are written aside and renamed in, as a copy
/// tool finishing would. The corpus is read where it lies and never copied into the repository.
/// </summary>
internal sealed class ArticleFeed
{
    private readonly string[] _articles;
    private readonly string _staging;
    private readonly string _feed;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _droppedAt = new(StringComparer.Ordinal);
    private int _dropped;

    public ArticleFeed(string corpus, string root)
    {
        if (!Directory.Exists(corpus))
        {
            throw new DirectoryNotFoundException($"No corpus at {corpus}; pass --corpus DIR (a folder of .txt articles, headline on line 1).");
        }

        _articles = [.. Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        if (_articles.Length == 0)
        {
            throw new InvalidOperationException($"{corpus} holds no .txt articles.");
        }

        _staging = Directory.CreateDirectory(Path.Combine(root, "staging")).FullName;
        _feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
        MeanArticleBytes = (int)_articles.Average(a => Encoding.UTF8.GetByteCount(a));
    }

    public string FeedPath => _feed;

    public int Dropped => Volatile.Read(ref _dropped);

    public int MeanArticleBytes { get; }

    public DateTimeOffset? DroppedAt(string fileName) => _droppedAt.TryGetValue(fileName, out DateTimeOffset at) ? at : null;

    /// <summary>Drops the next <paramref name="count"/> articles.</summary>
    public void Drop(int count)
    {
        for (int i = 0; i < count; i++)
        {
            int number = Interlocked.Increment(ref _dropped);
            string name = $"load-{number.ToString("D6", CultureInfo.InvariantCulture)}.txt";
            string staged = Path.Combine(_staging, name);
            File.WriteAllText(staged, Unique(_articles[(number - 1) % _articles.Length], number));
            _droppedAt[name] = DateTimeOffset.UtcNow;
            File.Move(staged, Path.Combine(_feed, name));
        }
    }

    private static string Unique(string article, int number)
    {
        int lineEnd = article.IndexOf('\n', StringComparison.Ordinal);
        string title = lineEnd < 0 ? article : article[..lineEnd];
        string rest = lineEnd < 0 ? "" : article[lineEnd..];
        return $"{title.TrimEnd()} ({number.ToString(CultureInfo.InvariantCulture)}){rest}";
    }
}
