using Ingestion.Enrichment.Engine.Entities.Representations;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

/// <summary>
/// Turns a sentence into hashed feature keys per token: word forms, clitic-stripped stem, affixes, character
/// trigrams, shape, gazetteer membership, title words in a window, the neighbouring words, the training lexicon's
/// entry for the word and, for the second pass of a stacked model, the first pass's labels.
/// </summary>
/// <remarks>Not thread-safe: it reuses its buffers between sentences. Use one per thread.</remarks>
internal sealed class FeatureExtractor
{
    private const ulong Boundary = 0xB0B0B0B0UL;

    private readonly NerLexicons _lexicons;
    private TokenInfo[] _infos = new TokenInfo[64];
    private char[] _chars = new char[64 * TokenAnalyzer.MaxChars];
    private int[] _ends = new int[64];

    // _common[i]: token i is a word in capitals of a headline that the training text writes in lower case.
    private bool[] _common = new bool[64];

    public FeatureExtractor(NerLexicons lexicons)
    {
        _lexicons = lexicons;
    }

    /// <summary>The training corpus's entity words, read by the templates when set.</summary>
    public TrainingLexicon? Harvest { get; set; }

    /// <summary>
    /// Whether the templates read the clitics of the word and its neighbours together (Arabic models only, so that
    /// the English model keeps its features and its bytes).
    /// </summary>
    public bool CliticContext { get; set; }

    /// <summary>
    /// The English word lists and templates (English models only, so that the Arabic model keeps its features and
    /// its bytes): city, demonym, organisation-cue and Latin given-name flags of the word and its neighbours, and a
    /// title-case view of the words of a sentence written in capitals (headlines, datelines), which the training
    /// text hardly has.
    /// </summary>
    public EnglishGazetteers? English { get; set; }

    /// <summary>
    /// Whether a word of a sentence in capitals that English text writes in lower case, and that no name list flags, is
    /// read in lower case ("UPSETS" as "upsets") rather than in title case ("OSLO" as "Oslo"). Set when tagging; the
    /// shipped model was trained without it (its training text has few such sentences), so its bytes stay the same.
    /// </summary>
    public bool TruecaseHeadlines { get; set; }

    /// <summary>Word clusters read by the cluster templates, when set.</summary>
    public WordClusters? Clusters { get; set; }

    /// <summary>Scratch space for callers that decode sentence after sentence with this extractor.</summary>
    public List<ulong> KeyBuffer { get; } = new(1024);

    /// <summary>
    /// Whether <see cref="Extract"/> also writes the keys that a model scores per label pair rather than per label
    /// (<see cref="EdgeKeys"/>, <see cref="EdgeEnds"/>): the word's stem and its shape, conjoined with the previous
    /// token's label as well as its own.
    /// </summary>
    public bool LabelEdges { get; set; }

    /// <summary>With <see cref="LabelEdges"/>, whether the shape is one of the label-pair keys (the stem always is).</summary>
    public bool EdgeShapes { get; set; } = true;

    /// <summary>
    /// With <see cref="LabelEdges"/>, whether the word's lexicon flags (given name, title, place, organisation) are
    /// label-pair keys too: shared by every name of a list, they carry to names never seen in training, which the
    /// stem's pair weights cannot.
    /// </summary>
    public bool EdgeFlags { get; set; } = true;

    /// <summary>The label-pair keys of the last <see cref="Extract"/> with <see cref="LabelEdges"/>.</summary>
    public List<ulong> EdgeKeys { get; } = new(256);

    /// <summary>EdgeEnds[i] is the end of token i's keys in <see cref="EdgeKeys"/>.</summary>
    public int[] EdgeEnds { get; private set; } = new int[64];

    private float[] _pairs = [];
    private float[] _emissions = [];

    /// <summary>Scratch space of <paramref name="length"/> label-pair scores, its contents undefined.</summary>
    public Span<float> PairBuffer(int length) => Scratch(ref _pairs, length);

    /// <summary>Scratch space of <paramref name="length"/> label scores, its contents undefined.</summary>
    public Span<float> EmissionBuffer(int length) => Scratch(ref _emissions, length);

    private static Span<float> Scratch(ref float[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new float[length];
        }

        return buffer.AsSpan(0, length);
    }

    /// <summary>Scratch space of at least <paramref name="count"/> ends.</summary>
    public int[] EndBuffer(int count)
    {
        if (_ends.Length < count)
        {
            _ends = new int[count * 2];
        }

        return _ends;
    }

    /// <summary>Appends the keys of tokens[start..start+count] to keys; ends[i] is the end of token i's keys.</summary>
    /// <remarks>
    /// With <paramref name="firstPass"/>, the keys also carry a first tagging pass's labels of this sentence
    /// (<paramref name="firstLabels"/>, one per token) and of the same words elsewhere in the document.
    /// </remarks>
    public void Extract(string text, IReadOnlyList<Token> tokens, int start, int count, List<ulong> keys, int[] ends, DocumentContext? document = null, FirstPassLabels? firstPass = null, ReadOnlySpan<int> firstLabels = default)
    {
        document ??= DocumentContext.Empty;
        if (_infos.Length < count)
        {
            _infos = new TokenInfo[count * 2];
            _common = new bool[count * 2];
            _chars = new char[count * 2 * TokenAnalyzer.MaxChars];
        }

        TokenInfo[] infos = _infos;
        bool shouting = English is not null && IsShouting(text, tokens, start, count);
        bool truecasing = false;
        Span<char> titled = stackalloc char[TokenAnalyzer.MaxChars];
        for (int i = 0; i < count; i++)
        {
            Token token = tokens[start + i];
            scoped ReadOnlySpan<char> word = token.Slice(text);
            bool capitals = shouting && word.Length <= TokenAnalyzer.MaxChars && IsCapitals(word);
            if (capitals)
            {
                word = TitleCase(word, titled);
            }

            infos[i] = TokenAnalyzer.Analyze(word, token.Kind, _chars, i * TokenAnalyzer.MaxChars);
            _common[i] = capitals && TruecaseHeadlines && English!.IsLowerCaseForm(_chars.AsSpan(infos[i].StemStart, infos[i].StemLength));
            truecasing |= _common[i];

            if (Clusters is not null)
            {
                infos[i].Cluster = Clusters.Lookup(infos[i].Norm);
                infos[i].StemCluster = infos[i].Stem == infos[i].Norm ? infos[i].Cluster : Clusters.Lookup(infos[i].Stem);
            }
            if (_lexicons.IsTitle(infos[i]))
            {
                infos[i].Flags |= TokenFlags.Title;
            }

            if (_lexicons.IsGivenName(infos[i], word))
            {
                infos[i].Flags |= TokenFlags.GivenName;
            }

            if (_lexicons.IsOrganizationHead(infos[i]))
            {
                infos[i].Flags |= TokenFlags.OrganizationHead;
            }

            if (English is not null)
            {
                infos[i].Flags |= English.FlagsOf(infos[i]);
            }
        }

        English?.Cities.Mark(infos, count, TokenFlags.City, TokenFlags.City);
        EdgeKeys.Clear();
        if (LabelEdges && EdgeEnds.Length < count)
        {
            EdgeEnds = new int[count * 2];
        }

        _lexicons.Locations.Mark(infos, count, TokenFlags.LocationBegin, TokenFlags.LocationInside);
        _lexicons.Organizations.Mark(infos, count, TokenFlags.OrganizationBegin, TokenFlags.OrganizationInside);
        if (truecasing)
        {
            LowerCommonWords(text, tokens, start, count, infos);
        }

        for (int i = 0; i < count; i++)
        {
            AddToken(infos, count, i, keys);
            if (English is not null)
            {
                AddEnglish(infos, count, i, keys);
            }

            AddDocument(infos, count, i, keys, document);
            if (firstPass is not null)
            {
                AddFirstPass(infos, count, i, keys, firstPass, firstLabels);
            }

            ends[i] = keys.Count;
            if (LabelEdges)
            {
                ref readonly TokenInfo t = ref infos[i];
                // The stem and the shape only: with the word form and the clitic too, the gain on the ANERcorp folds
                // was as large but less steady (+0.71 ± 0.91 against +0.69 ± 0.50) for twice the lookups.
                EdgeKeys.Add(FeatureHash.Key(101, t.Stem));
                if (EdgeShapes)
                {
                    EdgeKeys.Add(FeatureHash.Key(102, t.Shape));
                }

                // Only a listed word: an unlisted word's key would be one more copy of the transition table.
                ulong flags = LexicalFlags(infos, count, i);
                if (EdgeFlags && flags != 0)
                {
                    EdgeKeys.Add(FeatureHash.Key(103, flags));
                }

                EdgeEnds[i] = EdgeKeys.Count;
            }
        }
    }

    private const TokenFlags EnglishFlags = TokenFlags.City | TokenFlags.Demonym | TokenFlags.OrganizationCue | TokenFlags.LatinGivenName;

    private static ulong EnglishFlagsAt(TokenInfo[] infos, int count, int i) => i < 0 || i >= count ? Boundary : (ulong)(infos[i].Flags & EnglishFlags);

    // The English lists' flags of the word and its neighbours, with the word's shape; and whether an organisation cue
    // closes the capitalised run the word is in (Jayark Corp, Kofcoh Imports Inc), which names an unseen company.
    private static void AddEnglish(TokenInfo[] infos, int count, int i, List<ulong> keys)
    {
        ref readonly TokenInfo t = ref infos[i];
        ulong own = EnglishFlagsAt(infos, count, i);
        keys.Add(FeatureHash.Key(90, own));
        keys.Add(FeatureHash.Key(91, own, t.Shape));
        keys.Add(FeatureHash.Key(92, EnglishFlagsAt(infos, count, i - 1)));
        keys.Add(FeatureHash.Key(93, EnglishFlagsAt(infos, count, i + 1), t.Shape));
        keys.Add(FeatureHash.Key(94, EnglishFlagsAt(infos, count, i - 1), EnglishFlagsAt(infos, count, i + 1)));
        ulong cueAhead = 0;
        for (int k = i + 1; k < count && k <= i + 4 && (infos[k].Flags & TokenFlags.Capitalized) != 0; k++)
        {
            if ((infos[k].Flags & TokenFlags.OrganizationCue) != 0)
            {
                cueAhead = (ulong)(k - i);
            }
        }

        keys.Add(FeatureHash.Key(95, cueAhead, (t.Flags & TokenFlags.Capitalized) != 0 ? 1UL : 0UL));
    }

    // A sentence mostly in capitals (a headline, a dateline such as "NAIROBI, Kenya"): at least half of its words.
    private static bool IsShouting(string text, IReadOnlyList<Token> tokens, int start, int count)
    {
        int words = 0;
        int capitals = 0;
        for (int i = start; i < start + count; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            if (tokens[i].Kind == TokenKind.LatinWord)
            {
                words++;
                capitals += IsCapitals(word) ? 1 : 0;
            }
        }

        return capitals > 0 && 2 * capitals >= words;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1 && !word.Contains('.');
    }

    // Any list that names things: a word it flags keeps its capital, as in running text ("DUTCH", "OSLO", "BANK").
    private const TokenFlags NameListFlags = EnglishFlags | TokenFlags.Title | TokenFlags.GivenName | TokenFlags.OrganizationHead
        | TokenFlags.LocationBegin | TokenFlags.LocationInside | TokenFlags.OrganizationBegin | TokenFlags.OrganizationInside;

    // The words of a headline in capitals, in the case running text gives them. Title case alone made every word of
    // "TENNIS - HALVORSEN UPSETS SECOND SEED IN OSLO" look like a name ("UPSETS SECOND" an organisation): a word the
    // training text writes in lower case is read in lower case, unless a name list flags it, here or as part of a
    // longer name ("NEW YORK", "WHITE HOUSE" once the place lists matched their title-case view).
    private void LowerCommonWords(string text, IReadOnlyList<Token> tokens, int start, int count, TokenInfo[] infos)
    {
        Span<char> lower = stackalloc char[TokenAnalyzer.MaxChars];
        for (int i = 0; i < count; i++)
        {
            if (!_common[i] || (infos[i].Flags & NameListFlags) != 0)
            {
                continue;
            }

            Token token = tokens[start + i];
            ReadOnlySpan<char> word = token.Slice(text);
            int length = word.ToLowerInvariant(lower);
            infos[i] = TokenAnalyzer.Analyze(lower[..length], token.Kind, _chars, i * TokenAnalyzer.MaxChars);
        }
    }

    private static ReadOnlySpan<char> TitleCase(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (int k = 0; k < word.Length; k++)
        {
            buffer[k] = k == 0 ? word[k] : char.ToLowerInvariant(word[k]);
        }

        return buffer[..word.Length];
    }

    private static ulong NormAt(TokenInfo[] infos, int count, int i) => i < 0 || i >= count ? Boundary + (ulong)(i < 0 ? 0 : 1) : infos[i].Norm;

    private static ulong StemAt(TokenInfo[] infos, int count, int i) => i < 0 || i >= count ? Boundary + (ulong)(i < 0 ? 0 : 1) : infos[i].Stem;

    private static ulong ShapeAt(TokenInfo[] infos, int count, int i) => i < 0 || i >= count ? Boundary : infos[i].Shape;

    private static ulong LexicalFlags(TokenInfo[] infos, int count, int i) =>
        i < 0 || i >= count ? Boundary : (ulong)(infos[i].Flags & (TokenFlags.LocationBegin | TokenFlags.LocationInside | TokenFlags.OrganizationBegin | TokenFlags.OrganizationInside | TokenFlags.Title | TokenFlags.GivenName | TokenFlags.OrganizationHead));

    private static void AddDocument(TokenInfo[] infos, int count, int i, List<ulong> keys, DocumentContext document)
    {
        ref readonly TokenInfo t = ref infos[i];
        ulong frequency = document.FrequencyBucket(t.Stem);
        ulong titled = document.SeenAfterTitle(t.Stem) ? 1UL : 0UL;
        keys.Add(FeatureHash.Key(33, frequency, t.Shape));
        keys.Add(FeatureHash.Key(34, titled));
        keys.Add(FeatureHash.Key(35, titled, frequency));
        keys.Add(FeatureHash.Key(36, titled, LexicalFlags(infos, count, i - 1)));
        ulong nextTitled = i + 1 < count && document.SeenAfterTitle(infos[i + 1].Stem) ? 1UL : 0UL;
        keys.Add(FeatureHash.Key(37, titled, nextTitled));
        ulong headed = document.SeenAfterOrganizationHead(t.Stem) ? 1UL : 0UL;
        keys.Add(FeatureHash.Key(38, headed, LexicalFlags(infos, count, i - 1)));
        keys.Add(FeatureHash.Key(39, headed, frequency));
    }

    private static void AddFirstPass(TokenInfo[] infos, int count, int i, List<ulong> keys, FirstPassLabels firstPass, ReadOnlySpan<int> labels)
    {
        ulong mask = (ulong)firstPass.MaskOf(infos[i].Stem);
        ulong label = (ulong)labels[i];
        ulong previous = i > 0 ? (ulong)labels[i - 1] : Boundary;
        ulong next = i + 1 < count ? (ulong)labels[i + 1] : Boundary;
        keys.Add(FeatureHash.Key(40, mask));
        keys.Add(FeatureHash.Key(41, mask, label));
        keys.Add(FeatureHash.Key(42, label));
        keys.Add(FeatureHash.Key(43, previous, label));
        keys.Add(FeatureHash.Key(44, label, next));
        keys.Add(FeatureHash.Key(45, i > 0 ? (ulong)firstPass.MaskOf(infos[i - 1].Stem) : Boundary));
        keys.Add(FeatureHash.Key(46, i + 1 < count ? (ulong)firstPass.MaskOf(infos[i + 1].Stem) : Boundary));
        keys.Add(FeatureHash.Key(49, mask, infos[i].Stem));
    }

    // Word clusters learned from unlabelled news: of the word at every granularity, of its stem when a clitic was
    // stripped (وبغداد reads as بغداد), and of the neighbours at the two finer ones.
    private static void AddClusters(TokenInfo[] infos, int count, int i, List<ulong> keys)
    {
        ref readonly TokenInfo t = ref infos[i];
        for (int level = 0; level < 3; level++)
        {
            keys.Add(FeatureHash.Key(70 + level, WordClusters.Level(t.Cluster, level)));
            if (t.Stem != t.Norm)
            {
                keys.Add(FeatureHash.Key(73 + level, WordClusters.Level(t.StemCluster, level)));
            }
        }

        for (int level = 1; level < 3; level++)
        {
            keys.Add(FeatureHash.Key(76 + level, i > 0 ? WordClusters.Level(NeighbourCluster(infos[i - 1]), level) : Boundary));
            keys.Add(FeatureHash.Key(79 + level, i + 1 < count ? WordClusters.Level(NeighbourCluster(infos[i + 1]), level) : Boundary));
        }
    }

    private static ulong NeighbourCluster(in TokenInfo info) => info.Cluster == WordClusters.Unknown ? info.StemCluster : info.Cluster;

    private void AddToken(TokenInfo[] infos, int count, int i, List<ulong> keys)
    {
        ref readonly TokenInfo t = ref infos[i];
        keys.Add(FeatureHash.Key(1, 1));
        keys.Add(FeatureHash.Key(2, t.Raw));
        keys.Add(FeatureHash.Key(3, t.Norm));
        keys.Add(FeatureHash.Key(4, t.Stem));
        keys.Add(FeatureHash.Key(5, t.Clitic));
        keys.Add(FeatureHash.Key(6, NormAt(infos, count, i - 1)));
        keys.Add(FeatureHash.Key(7, NormAt(infos, count, i + 1)));
        keys.Add(FeatureHash.Key(8, NormAt(infos, count, i - 2)));
        keys.Add(FeatureHash.Key(9, NormAt(infos, count, i + 2)));
        // No word-bigram or neighbour-flag conjunctions: on the ANERcorp dev part they memorized the training text
        // and cost about 2 F1 points. Also measured and left out (mean over shuffle seeds 1-5, each within -0.2 of
        // the baseline, i.e. noise): a flag for words inside a short «quoted» span, a next-word nisba adjective
        // (ليون الفرنسي), the gazetteer flags conjoined with the stem, and the next word's gazetteer flags; nor, as
        // document features, "this stem stands before a nisba / inside «» elsewhere in the document".
        keys.Add(FeatureHash.Key(10, StemAt(infos, count, i - 1)));
        keys.Add(FeatureHash.Key(11, StemAt(infos, count, i + 1)));
        keys.Add(FeatureHash.Key(14, t.Prefix1));
        keys.Add(FeatureHash.Key(15, t.Prefix2));
        keys.Add(FeatureHash.Key(16, t.Prefix3));
        keys.Add(FeatureHash.Key(17, t.Suffix1));
        keys.Add(FeatureHash.Key(18, t.Suffix2));
        keys.Add(FeatureHash.Key(19, t.Suffix3));
        keys.Add(FeatureHash.Key(20, t.Shape));
        keys.Add(FeatureHash.Key(21, FeatureHash.Combine(ShapeAt(infos, count, i - 1), t.Shape), ShapeAt(infos, count, i + 1)));
        keys.Add(FeatureHash.Key(22, (ulong)t.Flags));
        keys.Add(FeatureHash.Key(25, LexicalFlags(infos, count, i - 2), LexicalFlags(infos, count, i - 1)));
        keys.Add(FeatureHash.Key(26, (ulong)Math.Min(t.StemLength, 12)));
        keys.Add(FeatureHash.Key(27, t.Clitic, LexicalFlags(infos, count, i)));
        keys.Add(FeatureHash.Key(29, i == 0 ? 1UL : 0UL, t.Shape));
        keys.Add(FeatureHash.Key(30, LexicalFlags(infos, count, i - 1), t.Suffix2));

        // A title anywhere in the three words before (الشيخ الدكتور أحمد ...).
        bool titleBefore = false;
        for (int k = Math.Max(0, i - 3); k < i; k++)
        {
            titleBefore |= (infos[k].Flags & TokenFlags.Title) != 0;
        }

        keys.Add(FeatureHash.Key(31, titleBefore ? 1UL : 0UL, t.Shape));

        // The clitics around the word (وزير ... و + name, ب + place after a verb with ل ...): previous with own, and
        // previous, own and next together. +1.2 F1 on the ANERcorp dev part (mean of shuffle seeds 1-9), +0.8 on a
        // fresh slice never used for choosing. Every other neighbour template measured with them lost (see the model
        // NOTICE).
        if (CliticContext)
        {
            ulong previousClitic = i > 0 ? infos[i - 1].Clitic : Boundary;
            ulong nextClitic = i + 1 < count ? infos[i + 1].Clitic : Boundary;
            keys.Add(FeatureHash.Key(23, previousClitic, t.Clitic));
            keys.Add(FeatureHash.Key(24, FeatureHash.Combine(previousClitic, t.Clitic), nextClitic));
        }

        if (Clusters is not null)
        {
            AddClusters(infos, count, i, keys);
        }

        // Only the word's own history: conjoined with the neighbours' entries or with the clitic it cost 1.0 / 1.4 F1 on
        // the ANERcorp dev part (seeds 1-5); a "sports story" document feature (club names are often city names) lost
        // 0.4 too.
        if (Harvest is not null)
        {
            keys.Add(FeatureHash.Key(55, (ulong)Harvest.MaskOf(t.Stem)));
        }

        // Character trigrams of the stem catch unseen names' morphology (foreign names, nisba -ي).
        ReadOnlySpan<char> stem = _chars.AsSpan(t.StemStart, t.StemLength);
        for (int k = 0; k + 3 <= stem.Length; k++)
        {
            keys.Add(FeatureHash.Key(32, FeatureHash.Of(stem.Slice(k, 3))));
        }
    }
}
