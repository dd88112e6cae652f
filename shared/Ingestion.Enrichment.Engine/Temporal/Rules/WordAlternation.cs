using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Builds the regex for "any of these words, the longest that fits first" as a prefix tree:
/// "ست(?:ه|مائه|...)?" instead of "ستمائه|...|سته|ست". A flat list sorted by length makes the regex try every
/// branch at every position (a few microseconds per attempt with ~100 month names); the tree rejects a
/// position on its first character. Both forms prefer the same match: the words that fit at one position are
/// prefixes of one another, and the tree tries the longer continuation before stopping, as the sorted list does.
/// </summary>
internal static class WordAlternation
{
    public static string Build(IEnumerable<string> words)
    {
        var root = new Node();
        foreach (string word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            Node node = root;
            foreach (char c in word)
            {
                // A space in a multi-word entry ("كانون الثاني") stands for any run of white space.
                string token = c == ' ' ? "\\s+" : Regex.Escape(c.ToString());
                if (!node.Children.TryGetValue(token, out Node? child))
                {
                    child = new Node();
                    node.Children.Add(token, child);
                }

                node = child;
            }

            node.IsWord = true;
        }

        var sb = new StringBuilder();
        Append(sb, root);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Node node)
    {
        if (node.Children.Count == 0)
        {
            return;
        }

        bool group = node.Children.Count > 1 || node.IsWord;
        if (group)
        {
            sb.Append("(?:");
        }

        bool first = true;
        foreach (KeyValuePair<string, Node> child in node.Children)
        {
            if (!first)
            {
                sb.Append('|');
            }

            first = false;
            sb.Append(child.Key);
            Append(sb, child.Value);
        }

        if (group)
        {
            // Greedy: the longer words through this node are tried before the word that ends here.
            sb.Append(node.IsWord ? ")?" : ")");
        }
    }

    private sealed class Node
    {
        public SortedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public bool IsWord { get; set; }
    }
}
