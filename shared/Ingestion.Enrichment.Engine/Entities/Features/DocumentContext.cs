using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// What the rest of the document says about a word: how often its stem occurs, and whether some occurrence stands
// right after a title word. A name is usually introduced once with its title (الوزير بلينكن) and then repeated bare,
// and a rare word repeated across an article is more often a name than not.
internal sealed class DocumentContext
{
    private readonly Dictionary<ulong, int> _counts = [];
    private readonly HashSet<ulong> _afterTitle = [];
    private readonly HashSet<ulong> _afterOrganizationHead = [];

    public static DocumentContext Empty { get; } = new();

    // The stem of every token of every part, 0 for punctuation, so later passes need not analyze the words again.
    public List<ulong[]> Stems { get; } = [];

    public static DocumentContext Build(NerLexicons lexicons, IEnumerable<(string Text, IReadOnlyList<Token> Tokens)> parts)
    {
        var context = new DocumentContext();
        var buffer = new char[TokenAnalyzer.MaxChars];
        foreach ((string text, IReadOnlyList<Token> tokens) in parts)
        {
            int sinceTitle = int.MaxValue;
            bool afterHead = false;
            var stems = new ulong[tokens.Count];
            context.Stems.Add(stems);
            for (int i = 0; i < tokens.Count; i++)
            {
                Token token = tokens[i];
                if (token.Kind == TokenKind.Punctuation)
                {
                    sinceTitle = int.MaxValue;
                    afterHead = false;
                    continue;
                }

                TokenInfo info = TokenAnalyzer.Analyze(token.Slice(text), token.Kind, buffer, 0);
                stems[i] = info.Stem;
                if (afterHead)
                {
                    context._afterOrganizationHead.Add(info.Stem);
                }

                afterHead = lexicons.IsOrganizationHead(info);
                if (lexicons.IsTitle(info))
                {
                    sinceTitle = 0;
                    continue;
                }

                context._counts[info.Stem] = context._counts.GetValueOrDefault(info.Stem) + 1;
                if (sinceTitle < 2)
                {
                    context._afterTitle.Add(info.Stem);
                }

                sinceTitle = sinceTitle == int.MaxValue ? sinceTitle : sinceTitle + 1;
            }
        }

        return context;
    }

    // 0 unseen, 1 once, 2 twice or three times, 3 more.
    public ulong FrequencyBucket(ulong stem) => _counts.GetValueOrDefault(stem) switch
    {
        0 => 0,
        1 => 1,
        <= 3 => 2,
        _ => 3,
    };

    public bool SeenAfterTitle(ulong stem) => _afterTitle.Contains(stem);

    public bool SeenAfterOrganizationHead(ulong stem) => _afterOrganizationHead.Contains(stem);
}
