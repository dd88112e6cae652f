using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// What feed readers forgive in a feed's markup, repaired before it is parsed as XML: an XML declaration that is not
/// first (a comment or blank lines before it); HTML entities such as <c>&amp;acirc;</c> that no DTD declares (DTDs are
/// refused, so none could); a bare <c>&amp;</c> (<c>AT&amp;T</c>); a namespace prefix used but never declared
/// (<c>dc:creator</c> without <c>xmlns:dc</c>). The text is already decoded: the declaration's encoding has done its work.
/// </summary>
internal static partial class FeedMarkup
{
    // The five XML predefines; every other named entity is HTML's.
    private static readonly HashSet<string> s_xmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    // The prefixes feeds use most, with the namespaces they always mean; any other undeclared one gets a placeholder.
    private static readonly Dictionary<string, string> s_knownNamespaces = new(StringComparer.Ordinal)
    {
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
    };

    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Only the prolog can hold it: searching the head keeps a 5 MB feed from being scanned position by position.
        Match declaration = Declaration().Match(text, 0, Math.Min(text.Length, 4096));
        string repaired = declaration.Success ? text.Remove(declaration.Index, declaration.Length) : text;
        if (repaired.Contains('&', StringComparison.Ordinal))
        {
            repaired = BareAmpersand().Replace(NamedEntity().Replace(repaired, ResolveEntity), "&amp;");
        }

        return DeclareMissingPrefixes(repaired);
    }

    private static string DeclareMissingPrefixes(string text)
    {
        var declared = new HashSet<string>(DeclaredPrefix().Matches(text).Select(m => m.Groups["prefix"].Value), StringComparer.Ordinal) { "xml", "xmlns" };
        List<string> missing = UsedPrefix().Matches(text).Select(m => m.Groups["prefix"].Value).Where(p => !declared.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
        Match root = RootStartTag().Match(text);
        if (missing.Count == 0 || !root.Success)
        {
            return text;
        }

        string declarations = string.Concat(missing.Select(prefix =>
            $" xmlns:{prefix}=\"{(s_knownNamespaces.TryGetValue(prefix, out string? uri) ? uri : "urn:x-undeclared:" + prefix)}\""));
        int at = root.Groups["name"].Index + root.Groups["name"].Length;
        return string.Concat(text.AsSpan(0, at), declarations, text.AsSpan(at));
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

    // An ampersand that starts no entity or character reference.
    [GeneratedRegex(@"&(?![A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#x[0-9A-Fa-f]{1,6};)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"xmlns:(?<prefix>[A-Za-z_][\w.-]*)\s*=")]
    private static partial Regex DeclaredPrefix();

    // In element names and attribute names; text inside CDATA can match too, which only adds a harmless declaration.
    [GeneratedRegex(@"(?:</?|\s)(?<prefix>[A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*(?=[\s/>=])")]
    private static partial Regex UsedPrefix();

    // The first element after the prolog's declarations, comments and processing instructions.
    [GeneratedRegex(@"<(?<name>[A-Za-z_][\w.:-]*)")]
    private static partial Regex RootStartTag();
}
