namespace Ingestion.Storage.Persistence.Querying;

/// <summary>
/// What <c>ingest articles find</c> and the status page search for; every filter given must hold. Results come
/// newest stored first, a page at a time. Both stores answer it through indexes and <see cref="Matches"/> is the
/// reference meaning, applied by the LiteDB store to what its index returns.
/// </summary>
public sealed record ArticleQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 500;

    private static readonly string[] s_types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>An entity's text or canonical name, compared folded (<see cref="ArticleSearchKeys.Fold"/>).</summary>
    public string? Entity { get; init; }

    /// <summary>PER, ORG, LOC or MISC: with <see cref="Entity"/> the same mention has both, alone any mention of the type.</summary>
    public string? Type { get; init; }

    /// <summary>A day in range among the resolved dates the article mentions or the day it was published.</summary>
    public ArticleDateRange? Dates { get; init; }

    /// <summary>The dateline agency's name, abbreviation or Latin name, folded.</summary>
    public string? Agency { get; init; }

    /// <summary>The language code, e.g. <c>ar</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Words that must all appear in the title or text.</summary>
    public string? Text { get; init; }

    public int Skip { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public bool IsEmpty => Entity is null && Type is null && Dates is null && Agency is null && Language is null && Text is null;

    /// <summary>The search keys any one of which an article has when it names <see cref="Entity"/> (of <see cref="Type"/>).</summary>
    public IReadOnlyList<string>? EntityKeys => Entity is null ? null : ArticleSearchKeys.EntityKeys(Entity, Type);

    public string? AgencyKey => Agency is null ? null : ArticleSearchKeys.Fold(Agency);

    /// <summary>The text's words, folded; empty without <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Words => Text is null ? [] : ArticleSearchKeys.Fold(Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lowest and the highest key a type-only filter covers (<c>PER:</c> up to, not including, <c>PER;</c>).</summary>
    public (string From, string Below)? TypeKeyRange => Type is null || Entity is not null ? null : ($"{Type}:", $"{Type};");

    /// <summary>Throws <see cref="ArgumentException"/> with a message for the user when the query cannot be run.</summary>
    public ArticleQuery Validated()
    {
        if (Type is not null && !s_types.Contains(Type, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Unknown entity type '{Type}': use PER, ORG, LOC or MISC.");
        }

        if (Entity is not null && ArticleSearchKeys.Fold(Entity).Length == 0)
        {
            throw new ArgumentException("The entity name is empty.");
        }

        if (Text is not null && Words.Count == 0)
        {
            throw new ArgumentException("The text to search for has no words.");
        }

        if (Agency is not null && AgencyKey!.Length == 0)
        {
            throw new ArgumentException("The agency name is empty.");
        }

        if (Skip < 0)
        {
            throw new ArgumentException("The number of articles to skip cannot be negative.");
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentException($"The limit must be between 1 and {MaxLimit}.");
        }

        // Codes and types are stored as the engine writes them: "ar", "PER".
        return this with { Language = Language?.ToLowerInvariant(), Type = Type?.ToUpperInvariant() };
    }

    /// <summary>True for a mention the entity and type filters ask for; false for every mention when neither is given.</summary>
    public bool MatchesMention(DocumentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (Entity is null)
        {
            return Type is not null && entity.Type == Type;
        }

        return (Type is null || entity.Type == Type)
            && (ArticleSearchKeys.Fold(entity.Text) == ArticleSearchKeys.Fold(Entity)
                || (entity.CanonicalName is { } canonical && ArticleSearchKeys.Fold(canonical) == ArticleSearchKeys.Fold(Entity)));
    }

    /// <summary>True when the document meets every filter given.</summary>
    public bool Matches(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentSearchKeys keys = document.Search ?? ArticleSearchKeys.For(document);
        if (EntityKeys is { } entity && !entity.Any(key => keys.Entities.Contains(key, StringComparer.Ordinal)))
        {
            return false;
        }

        if (Entity is null && Type is not null && !document.Entities.Exists(MatchesMention))
        {
            return false;
        }

        if (Dates is not null && !keys.Dates.Exists(Dates.Contains))
        {
            return false;
        }

        if (AgencyKey is { } agency && !keys.Agencies.Contains(agency, StringComparer.Ordinal))
        {
            return false;
        }

        if (Language is not null && !string.Equals(document.Language, Language, StringComparison.Ordinal))
        {
            return false;
        }

        if (Words.Count > 0)
        {
            string folded = ArticleSearchKeys.Fold(document.Title + "\n" + document.Text);
            return Words.All(word => folded.Contains(word, StringComparison.Ordinal));
        }

        return true;
    }
}
