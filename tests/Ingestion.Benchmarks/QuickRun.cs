using System.Diagnostics;
using System.Globalization;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Engine.Agency;
using Ingestion.Enrichment.Engine.Entities;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Benchmarks;

/// <summary>A Stopwatch loop per component and corpus, under a second each after a short warm-up: rough MB/s for a CI smoke run.</summary>
internal static class QuickRun
{
    private static readonly TimeSpan s_budget = TimeSpan.FromMilliseconds(500);

    // Long enough for tiered JIT to reach optimized code before the clock starts.
    private static readonly TimeSpan s_warmup = TimeSpan.FromMilliseconds(500);

    public static void Run(TextWriter output)
    {
        var language = new ScriptLanguageDetector();
        var agency = new DatelineAgencyDetector();
        var entityRules = new PostProcessedEntityRecognizer(new EmptyEntityRecognizer());
        var nerModel = SequenceEntityRecognizer.LoadDefault();
        var temporal = new RuleTemporalTagger();
        IEnrichmentEngine engine = DefaultEnrichmentEngine.Instance;

        // MB/s is wall-clock; MB/CPU-s divides by the process's CPU time instead, which holds up better on a machine
        // shared with other work (it is the per-core figure as long as the loop is the only busy thread).
        output.WriteLine($"{"corpus",-8} {"component",-16} {"articles",8} {"MB/s",9} {"MB/CPU-s",9} {"µs/article",11} {"KB alloc/article",17}");
        foreach (string name in ArticleCorpus.Available)
        {
            ArticleCorpus corpus = ArticleCorpus.Get(name)!;
            EnrichmentRequest[] requests = corpus.Requests();
            string code = corpus.LanguageCode;
            Measure(output, corpus, requests, "language", r => language.Detect(r.Text));
            Measure(output, corpus, requests, "agency", r => agency.Detect(r.Text, r.BodyStart));
            Measure(output, corpus, requests, "tokenizer", r => Tokenizer.Tokenize(r.Text));
            Measure(output, corpus, requests, "ner-model", r => nerModel.Recognize(r.Text, code));
            Measure(output, corpus, requests, "entity-rules", r => entityRules.Recognize(r.Text, code));
            Measure(output, corpus, requests, "temporal", r => temporal.Tag(r.Text, code, r.ReferenceDate));
            Measure(output, corpus, requests, "engine", r => engine.Enrich(r));
        }
    }

    private static void Measure(TextWriter output, ArticleCorpus corpus, EnrichmentRequest[] requests, string component, Func<EnrichmentRequest, object?> step)
    {
        var warmup = Stopwatch.StartNew();
        for (int i = 0; warmup.Elapsed < s_warmup; i++)
        {
            _ = step(requests[i % requests.Length]);
        }

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long count = 0;
        while (watch.Elapsed < s_budget || count < requests.Length)
        {
            _ = step(requests[count % requests.Length]);
            count++;
        }

        watch.Stop();
        double cpuSecondsPerArticle = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / count;
        double allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        double secondsPerArticle = watch.Elapsed.TotalSeconds / count;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{corpus.Name,-8} {component,-16} {count,8} {corpus.AverageUtf8Bytes / secondsPerArticle / 1e6,9:F2} {corpus.AverageUtf8Bytes / cpuSecondsPerArticle / 1e6,9:F2} {secondsPerArticle * 1e6,11:F1} {allocated / count / 1024,17:F1}"));
    }
}
