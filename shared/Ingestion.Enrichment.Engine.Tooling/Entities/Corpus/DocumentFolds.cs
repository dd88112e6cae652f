namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>
/// Cuts a corpus without document markers into contiguous cross-validation folds whose borders fall where a
/// document opens, so that no article's names are split between a training part and the fold scored.
/// </summary>
/// <remarks>
/// A news document opens with a dateline: a place of one to three words, then the agency in brackets
/// ("فرانكفورت (د ب أ)", "بغداد ( اف ب )"). ANERcorp has few of them (it also holds web pages), so a fold border goes to
/// the dateline nearest to the even cut and stays at the even cut when there is none within a tenth of a fold.
/// </remarks>
public static class DocumentFolds
{
    /// <summary>Whether the sentence opens with a dateline: 1-3 words, then a bracketed agency of 1-4 words without digits.</summary>
    public static bool OpensWithDateline(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (int open = 1; open <= 3 && open < tokens.Count; open++)
        {
            if (!tokens[open].StartsWith('('))
            {
                continue;
            }

            if (tokens.Take(open).Any(t => t.Any(c => char.IsDigit(c) || c is '(' or ')')))
            {
                return false;
            }

            for (int close = open; close < Math.Min(open + 4, tokens.Count); close++)
            {
                if (tokens[close].Any(char.IsDigit))
                {
                    return false;
                }

                if (tokens[close].EndsWith(')'))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>The fold (0 to <paramref name="folds"/> - 1) of every sentence: contiguous runs, borders at datelines.</summary>
    public static int[] Assign(IReadOnlyList<ConllSentence> corpus, int folds)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(folds, Math.Max(2, corpus.Count));
        List<int> openings = [.. Enumerable.Range(0, corpus.Count).Where(s => OpensWithDateline(corpus[s].Tokens))];
        var borders = new int[folds + 1];
        borders[folds] = corpus.Count;
        int tolerance = corpus.Count / folds / 10;
        for (int f = 1; f < folds; f++)
        {
            int even = (int)((long)corpus.Count * f / folds);
            int nearest = openings.Count == 0 ? even : openings.MinBy(o => Math.Abs(o - even));
            borders[f] = Math.Abs(nearest - even) <= tolerance && nearest > borders[f - 1] ? nearest : even;
        }

        var assignment = new int[corpus.Count];
        for (int f = 0; f < folds; f++)
        {
            assignment.AsSpan(borders[f], borders[f + 1] - borders[f]).Fill(f);
        }

        return assignment;
    }

    /// <summary>How many sentences open with a dateline (the documents the folds could be cut at).</summary>
    public static int CountDatelines(IReadOnlyList<ConllSentence> corpus) => corpus.Count(s => OpensWithDateline(s.Tokens));
}
