using System.Text;

namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>Reads and writes the two-column CoNLL format: <c>TOKEN TAG</c> per line, a blank line between sentences.</summary>
public static class ConllCorpus
{
    /// <summary>Reads every sentence of the file (UTF-8). The tag is the last whitespace-separated column.</summary>
    public static IReadOnlyList<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads every sentence from a reader.</summary>
    public static IReadOnlyList<ConllSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            int split = trimmed.LastIndexOfAny([' ', '\t']);
            if (split <= 0)
            {
                // A token with no tag is read as outside any entity rather than dropped, to keep offsets aligned.
                tokens.Add(trimmed);
                tags.Add("O");
                continue;
            }

            int tokenEnd = trimmed.IndexOfAny([' ', '\t']);
            tokens.Add(trimmed[..tokenEnd]);
            tags.Add(trimmed[(split + 1)..]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>Writes sentences with the given tags (e.g. predictions) in the same two-column format.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ConllSentence> sentences, IReadOnlyList<IReadOnlyList<string>> tags)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        for (int s = 0; s < sentences.Count; s++)
        {
            IReadOnlyList<string> tokens = sentences[s].Tokens;
            for (int i = 0; i < tokens.Count; i++)
            {
                writer.Write(tokens[i]);
                writer.Write(' ');
                writer.Write(tags[s][i]);
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }
}
