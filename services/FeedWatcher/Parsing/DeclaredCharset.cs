using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>The charset a file declares near its start: the XML declaration's <c>encoding</c>, or an HTML meta charset.</summary>
internal static partial class DeclaredCharset
{
    // Declarations are ASCII in every encoding this looks for, and come first (after a comment at most).
    private const int SearchLength = 1024;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SearchLength)]);
        Match match = XmlDeclaration().Match(head);
        if (!match.Success)
        {
            match = MetaCharset().Match(head);
        }

        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<\?xml[^>]*?\sencoding\s*=\s*["'](?<charset>[A-Za-z0-9._:-]{1,40})["']""")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9._:-]{1,40})""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
