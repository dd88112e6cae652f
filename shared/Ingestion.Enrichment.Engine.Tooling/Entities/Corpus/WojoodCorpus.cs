namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>
/// Reads Wojood's nested annotation (a token, then one BIO tag per nesting level, outermost first) as flat
/// PER/ORG/LOC sentences: the outermost person, organization or place wins, as ANERcorp tags "مجلس الأمن" as one
/// organization; its other 18 types (dates, occupations, groups, events...) read as O.
/// </summary>
public static class WojoodCorpus
{
    // The sample marks some sentence ends with this token; it is not text.
    private const string EndMarker = "$#$";

    /// <summary>The coarse type of a Wojood type: PER, ORG, LOC (GPE, LOC and FAC, as for WikiFANE), or null.</summary>
    public static string? CoarseType(string type) => type switch
    {
        "PERS" => "PER",
        "ORG" => "ORG",
        "GPE" or "LOC" or "FAC" => "LOC",
        _ => null,
    };

    /// <summary>Reads the file (UTF-8).</summary>
    public static IReadOnlyList<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads TOKEN TAG [TAG...] lines, sentences separated by blank lines.</summary>
    public static IReadOnlyList<ConllSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            string[] columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                Flush();
            }
            else if (columns[0] != EndMarker)
            {
                rows.Add(columns);
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (rows.Count > 0)
            {
                sentences.Add(Flatten(rows));
                rows.Clear();
            }
        }
    }

    private static ConllSentence Flatten(List<string[]> rows)
    {
        // Spans per nesting level (column), outer levels first; a mapped span inside an earlier kept one is dropped.
        int levels = rows.Max(r => r.Length) - 1;
        var tags = new string[rows.Count];
        Array.Fill(tags, "O");
        for (int level = 1; level <= levels; level++)
        {
            int i = 0;
            while (i < rows.Count)
            {
                string tag = Tag(rows[i], level);
                if (!tag.StartsWith("B-", StringComparison.Ordinal))
                {
                    i++;
                    continue;
                }

                string type = tag[2..];
                int end = i + 1;
                while (end < rows.Count && Tag(rows[end], level) == $"I-{type}")
                {
                    end++;
                }

                if (CoarseType(type) is { } coarse && Enumerable.Range(i, end - i).All(t => tags[t] == "O"))
                {
                    tags[i] = $"B-{coarse}";
                    for (int t = i + 1; t < end; t++)
                    {
                        tags[t] = $"I-{coarse}";
                    }
                }

                i = end;
            }
        }

        return new ConllSentence([.. rows.Select(r => r[0])], tags);
    }

    private static string Tag(string[] row, int level) => level < row.Length ? row[level] : "O";
}
