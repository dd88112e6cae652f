using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Agency;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

/// <summary>
/// Wraps any <see cref="IEntityRecognizer"/> with the rules newswire needs on top of a statistical model: clitics
/// and titles trimmed off mentions, time words and the dateline agency dropped, countries, capitals, organizations
/// (وزارة X، وكالة الأنباء X) and titled persons added where the model missed them, one type per string in an
/// article, canonical names for repeated mentions and roles for persons.
/// </summary>
/// <remarks>Thread-safe: all state is per call; the lexicons load once and are read-only.</remarks>
public sealed class PostProcessedEntityRecognizer : IEntityRecognizer
{
    private readonly IEntityRecognizer _inner;
    private readonly IAgencyDetector _datelineDetector;

    /// <param name="inner">The recognizer whose mentions are post-processed.</param>
    /// <param name="datelineDetector">Finds the dateline agency, whose abbreviation is never an entity; the default detector if null.</param>
    public PostProcessedEntityRecognizer(IEntityRecognizer inner, IAgencyDetector? datelineDetector = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _datelineDetector = datelineDetector ?? new DatelineAgencyDetector();
    }

    public string ModelVersion => _inner.ModelVersion + "+rules";

    public IReadOnlyList<EntityAnnotation> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<EntityAnnotation> found = _inner.Recognize(text, language);
        bool english = language == LanguageGuess.English;
        var index = new TokenIndex(Tokenizer.Words(text));

        var candidates = new CandidateSet();
        foreach (EntityAnnotation entity in found.OrderByDescending(static e => e.End - e.Start))
        {
            if (entity.Start >= 0 && entity.End <= text.Length && entity.Start < entity.End)
            {
                candidates.AddInner(new EntityCandidate(entity.Start, entity.End, entity.Type, entity.Confidence, fromRule: false));
            }
        }

        (int Start, int End)? dateline = FindDateline(text);
        var documentWords = new HashSet<string>(index.Tokens.Where(static t => t.IsWord).Select(static t => t.Folded), StringComparer.Ordinal);
        // The article's context, given to every stage: its words' classes, computed once per article.
        var words = new WordClassifier(PostProcessingLexicon.Default, documentWords.Count);
        var cleaner = new MentionCleaner(words);
        cleaner.Clean(text, index, candidates, dateline, documentWords);

        new GazetteerOverlay(words).Apply(text, index.Tokens, candidates, english);
        if (!english)
        {
            new OrganizationPatternOverlay(words).Apply(text, index.Tokens, candidates);
            new TitledPersonOverlay(words).Apply(text, index.Tokens, candidates);
        }
        else
        {
            new EnglishOrganizationRules(words).Apply(text, index, candidates);
            EnglishDatelinePlaces.Apply(text, candidates);
            new EnglishInitialledPersons(words).Apply(text, index, candidates);
        }

        new DocumentConsistency(words).Apply(text, index, candidates, english);
        candidates.RemoveWhere(c => cleaner.IsNotAnEntity(index, c) || (dateline is { } d && c.Overlaps(d.Start, d.End)));
        candidates.Sort();
        return ToAnnotations(text, index, candidates.Items, english, new RoleExtractor(words));
    }

    // The engine's text is headline, newline, body: the dateline opens the body.
    private (int Start, int End)? FindDateline(string text)
    {
        int bodyStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        return _datelineDetector.Detect(text, bodyStart) is { } agency ? (agency.Start, agency.End) : null;
    }

    private static List<EntityAnnotation> ToAnnotations(string text, TokenIndex index, IReadOnlyList<EntityCandidate> candidates, bool english, RoleExtractor roles)
    {
        var mentions = new List<(string Type, string[] Words, string Text)>(candidates.Count);
        foreach (EntityCandidate candidate in candidates)
        {
            mentions.Add((candidate.Type, DocumentConsistency.WordsOf(text, candidate), text[candidate.Start..candidate.End]));
        }

        string[] canonical = CanonicalNameResolver.Resolve(mentions);
        var annotations = new List<EntityAnnotation>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            EntityCandidate candidate = candidates[i];
            string? role = candidate.Type == EntityTypes.Person && !english
                ? roles.RoleBefore(text, index.Tokens, index.TokenAt(candidate.Start))
                : null;
            annotations.Add(new EntityAnnotation
            {
                Text = mentions[i].Text,
                Type = candidate.Type,
                Start = candidate.Start,
                End = candidate.End,
                Confidence = candidate.Confidence,
                CanonicalName = canonical[i],
                Role = role,
            });
        }

        return annotations;
    }
}
