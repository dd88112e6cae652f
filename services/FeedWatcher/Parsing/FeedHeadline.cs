using System.Text.RegularExpressions;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// The headline of a feed item that has none: RSS lets an item carry only a description. Its first sentence, as a
/// reader's list shows it, cut at a word near <see cref="MaxLength"/> characters.
/// </summary>
internal static partial class FeedHeadline
{
    public const int MaxLength = 160;

    public static string FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        string firstLine = body.Split('\n', 2, StringSplitOptions.TrimEntries)[0];
        Match sentence = SentenceEnd().Match(firstLine);
        string headline = sentence.Success ? firstLine[..(sentence.Index + 1)] : firstLine;
        if (headline.Length <= MaxLength)
        {
            return headline;
        }

        int cut = headline.LastIndexOf(' ', MaxLength);
        return headline[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd() + "…";
    }

    // Latin and Arabic full stop, question and exclamation marks, followed by a space.
    [GeneratedRegex(@"[.!?؟۔](?=\s)")]
    private static partial Regex SentenceEnd();
}
