using System.Security.Cryptography;
using System.Text;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// An article's identity comes from its content, never from a file name or inode: the same text dropped twice, under
/// any name, in any encoding, is the same article.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>The text the engine will see, hashed: headline, newline, body.</summary>
    public static (string ArticleId, string ContentHash) Of(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + body));
        string hex = Convert.ToHexStringLower(hash);

        // 128 bits of the hash are ample for an id and keep it short in URLs and logs.
        return (hex[..32], hex);
    }
}
