using System.Text;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Benchmarks;

/// <summary>
/// The articles the benchmarks enrich: the seed article (Arabic), a sample of ../shared/corpus/news-ar read at run
/// time when that folder exists (never copied into the repository), and English newswire written for the benchmark.
/// </summary>
public sealed class ArticleCorpus
{
    public const string SeedArabic = "seed-ar";
    public const string NewsArabic = "news-ar";
    public const string English = "en";

    private const int NewsSampleSize = 200;

    private static readonly DateOnly s_referenceDate = new(2021, 7, 29);

    private static readonly Dictionary<string, Lazy<ArticleCorpus?>> s_corpora = new(StringComparer.Ordinal)
    {
        [SeedArabic] = new(LoadSeed),
        [NewsArabic] = new(LoadNews),
        [English] = new(() => new ArticleCorpus(English, [.. EnglishArticles.All.Select(a => (a.Title, a.Body))])),
    };

    private ArticleCorpus(string name, IReadOnlyList<(string Title, string Body)> articles)
    {
        Name = name;
        Articles = articles;
        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Title) + 1 + Encoding.UTF8.GetByteCount(a.Body));
        AverageUtf8Bytes = (double)bytes / articles.Count;
    }

    public string Name { get; }

    public IReadOnlyList<(string Title, string Body)> Articles { get; }

    /// <summary>Mean UTF-8 size of an article (headline, newline, body): MB/s = this / mean time per article.</summary>
    public double AverageUtf8Bytes { get; }

    /// <summary>The language the components are told the corpus is in, where they take one.</summary>
    public string LanguageCode => Name == English ? LanguageGuess.English : LanguageGuess.Arabic;

    /// <summary>
    /// The articles as the engine takes them, all against the seed's reference date, so relative dates resolve the
    /// same way in every run.
    /// </summary>
    public EnrichmentRequest[] Requests() => [.. Articles.Select(a => new EnrichmentRequest(a.Title, a.Body, s_referenceDate))];

    public static IEnumerable<string> Available => s_corpora.Where(c => c.Value.Value is not null).Select(c => c.Key);

    /// <summary>The corpus, or null when its files are not on this machine (news-ar).</summary>
    public static ArticleCorpus? Get(string name) => s_corpora.TryGetValue(name, out Lazy<ArticleCorpus?>? corpus) ? corpus.Value : null;

    private static ArticleCorpus LoadSeed()
    {
        string folder = Path.Combine(RepositoryRoot(), "shared", "data", "examples", "seed");
        string file = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).First();
        return new ArticleCorpus(SeedArabic, [Split(File.ReadAllText(file))]);
    }

    private static ArticleCorpus? LoadNews()
    {
        string folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "news-ar", "articles"));
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var articles = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(NewsSampleSize)
            .Select(f => Split(File.ReadAllText(f))).ToList();
        return articles.Count == 0 ? null : new ArticleCorpus(NewsArabic, articles);
    }

    private static (string Title, string Body) Split(string article)
    {
        article = article.ReplaceLineEndings("\n");
        int newline = article.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? (article, string.Empty) : (article[..newline], article[(newline + 1)..]);
    }

    // The benchmarks run from bin/ (or BenchmarkDotNet's generated folder below it): walk up to Ingestion.sln.
    private static string RepositoryRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ingestion.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Ingestion.sln not found above " + AppContext.BaseDirectory);
    }
}
