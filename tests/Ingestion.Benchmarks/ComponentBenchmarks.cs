using BenchmarkDotNet.Attributes;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Engine.Agency;
using Ingestion.Enrichment.Engine.Entities;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Benchmarks;

/// <summary>
/// The engine's components one at a time, and the whole engine; one operation is one article, taken in turn from
/// the corpus, so Mean is time per article and Allocated is bytes per article.
/// </summary>
[MemoryDiagnoser]
public class ComponentBenchmarks
{
    private readonly ScriptLanguageDetector _language = new();
    private readonly DatelineAgencyDetector _agency = new();
    private readonly PostProcessedEntityRecognizer _entityRules = new(new EmptyEntityRecognizer());
    private readonly RuleTemporalTagger _temporal = new();
    private SequenceEntityRecognizer _nerModel = null!;
    private EnrichmentRequest[] _requests = [];
    private string _languageCode = LanguageGuess.Arabic;
    private int _next;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = ArticleCorpus.SeedArabic;

    public static IEnumerable<string> Corpora => ArticleCorpus.Available;

    [GlobalSetup]
    public void Setup()
    {
        ArticleCorpus corpus = ArticleCorpus.Get(Corpus) ?? throw new InvalidOperationException($"Corpus {Corpus} is not available.");
        _requests = corpus.Requests();
        _languageCode = corpus.LanguageCode;
        _nerModel = SequenceEntityRecognizer.LoadDefault();
        _ = DefaultEnrichmentEngine.Instance.Enrich(_requests[0]);
        _ = _entityRules.Recognize(_requests[0].Text, _languageCode);
    }

    [Benchmark]
    public LanguageGuess LanguageDetection() => _language.Detect(Next().Text);

    [Benchmark]
    public NewsAgency? DatelineAgency()
    {
        EnrichmentRequest request = Next();
        return _agency.Detect(request.Text, request.BodyStart);
    }

    [Benchmark]
    public List<Token> Tokenizer() => Ingestion.Enrichment.Engine.Text.Tokenizer.Tokenize(Next().Text);

    /// <summary>The sequence model alone (features, decoding, spans), without the rules that post-process its output.</summary>
    [Benchmark]
    public IReadOnlyList<EntityAnnotation> NerModel() => _nerModel.Recognize(Next().Text, _languageCode);

    [Benchmark]
    public IReadOnlyList<TemporalAnnotation> TemporalTagger()
    {
        EnrichmentRequest request = Next();
        return _temporal.Tag(request.Text, _languageCode, request.ReferenceDate);
    }

    [Benchmark]
    public IReadOnlyList<EntityAnnotation> EntityRulesOnly() => _entityRules.Recognize(Next().Text, _languageCode);

    [Benchmark]
    public EnrichmentResult WholeEngine() => DefaultEnrichmentEngine.Instance.Enrich(Next());

    private EnrichmentRequest Next()
    {
        EnrichmentRequest request = _requests[_next];
        _next = (_next + 1) % _requests.Length;
        return request;
    }
}
