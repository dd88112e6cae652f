using System.Security.Cryptography;
using Ingestion.Contracts;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>Reads a feed file of any supported format: size check, decoding, the format's reader.</summary>
public sealed class FeedFileReader(ArticleReaders readers)
{
    /// <summary>The file's articles; throws <see cref="ArticleParseException"/> with a reason a person can act on.</summary>
    /// <exception cref="FileNotFoundException">The file vanished before it could be read.</exception>
    /// <exception cref="IOException">The file is locked; it can be tried again later.</exception>
    /// <param name="writtenAt">When the file was last written, if known before anything touched it; a feed item without a readable date takes it.</param>
    public FeedFile Read(string path, long maxBytes, DateTimeOffset? writtenAt = null)
    {
        if (!readers.TryGet(path, out IArticleReader reader))
        {
            throw new ArticleParseException($"No reader for '{Path.GetExtension(path)}' files; supported: {string.Join(", ", readers.Extensions)}.");
        }

        long length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new ArticleParseException($"The file is {length} bytes, over the limit of {maxBytes} (Feed:MaxFileBytes).");
        }

        byte[] bytes = ReadAll(path);
        string hash = HashOf(bytes);
        try
        {
            DecodedText decoded = TextDecoder.Decode(bytes);
            IReadOnlyList<ParsedArticle> articles = reader.Read(decoded.Text);
            if (articles.Count == 1)
            {
                articles = [SidecarMetadata.Apply(articles[0], path)];
            }

            if (reader is SyndicationArticleReader && articles.Any(article => article.PublishedAt is null))
            {
                // A feed reader lists an undated item at the time it fetched it; ours is the file's time, and says so.
                DateTimeOffset fileTime = writtenAt ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
                articles = articles
                    .Select(article => article.PublishedAt is null ? article with { PublishedAt = fileTime, PublishedAtSource = PublishedAtSources.FileTime } : article)
                    .ToList();
            }

            return articles.Count == 0
                ? throw new ArticleParseException("The file holds no article.")
                : new FeedFile(Path.GetFileName(path), reader.Format, decoded.Charset, hash, articles);
        }
        catch (ArticleParseException ex) when (ex.FileHash is null)
        {
            throw new ArticleParseException(ex.Message, ex) { FileHash = hash };
        }
    }

    /// <summary>A feed file's identity in the ledger and the logs: the lowercase hex SHA-256 of its bytes.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <inheritdoc cref="HashOf(ReadOnlySpan{byte})"/>
    public static string HashOf(Stream content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static byte[] ReadAll(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ArticleParseException($"Permission denied: {ex.Message}", ex);
        }
    }
}
