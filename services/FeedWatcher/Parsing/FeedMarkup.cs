using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// What feed readers forgive in a feed's markup, repaired before it is parsed as XML: an XML declaration that is not
/// first (a comment or blank lines before it), and HTML entities such as <c>&amp;acirc;</c> that no DTD declares
/// (DTDs are refused, so none could). The text is already decoded: the declaration's encoding has done its work.
/// </summary>
internal static partial class FeedMarkup
{
    // The five XML predefines; every other named entity is HTML's.
    private static readonly HashSet<string> s_xmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string withoutDeclaration = Declaration().Replace(text, string.Empty, 1);
        return withoutDeclaration.Contains('&', StringComparison.Ordinal)
            ? NamedEntity().Replace(withoutDeclaration, ResolveEntity)
            : withoutDeclaration;
    }

    // To a character reference, which XML needs no declaration for; an entity HTML does not know either is kept as
    // text, so the reader sees what the author wrote.
    private static string ResolveEntity(Match match)
    {
        string name = match.Groups["name"].Value;
        if (s_xmlEntities.Contains(name))
        {
            return match.Value;
        }

        string decoded = WebUtility.HtmlDecode(match.Value);
        if (string.Equals(decoded, match.Value, StringComparison.Ordinal))
        {
            return "&amp;" + name + ";";
        }

        var references = new StringBuilder();
        foreach (Rune rune in decoded.EnumerateRunes())
        {
            references.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
        }

        return references.ToString();
    }

    // Only in the prolog: leading blanks and comments, then the declaration.
    [GeneratedRegex(@"(?<=\A(?:\s|<!--(?:(?!-->)[\s\S])*-->)*)<\?xml\s[^>]*\?>")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"&(?<name>[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();
}
