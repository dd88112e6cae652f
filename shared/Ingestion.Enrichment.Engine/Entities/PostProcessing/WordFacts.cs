namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Everything the rules ask about one folded word, looked up once per word and article.
internal readonly record struct WordFacts(
    TitleKind Title,
    bool TitleDefinite,
    bool OrganizationHead,
    bool Temporal,
    bool Demonym,
    bool Function,
    bool Link,
    bool Definite,
    bool StartsGazetteer,
    bool MayStartGazetteerMatch,
    bool ConjunctionBeforeKnown,
    bool Common);
