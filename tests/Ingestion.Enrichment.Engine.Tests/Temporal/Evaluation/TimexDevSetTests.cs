using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Evaluation;

/// <summary>
/// Guards on the two development sets. Their texts may not be copied into the project, so they are read from
/// ../shared/corpus beside the repository, and these tests skip, saying why, where it is absent.
/// </summary>
public sealed class TimexDevSetTests
{
    // Measured on the dev parts (Arabic 93.3 / 91.0, English 92.8 / 78.3 relaxed / value F1); floors a little under,
    // to be raised as the rules improve. The Arabic dev half fell from 95.4 / 92.0 when recurrences and "لاحقا" were
    // tagged as TimeML and the later blind parts annotate them, where this half's older annotation leaves them out.
    private const double ArabicRelaxedFloor = 0.93;
    private const double ArabicValueFloor = 0.89;
    private const double EnglishRelaxedFloor = 0.91;
    private const double EnglishValueFloor = 0.76;

    private static readonly string s_gold = Path.Combine(SpecFolder.RepositoryRoot(), "tests", "Ingestion.Enrichment.Engine.Tests", "Temporal", "Gold");

    private static readonly string s_corpus = Path.GetFullPath(Path.Combine(SpecFolder.RepositoryRoot(), "..", "shared", "corpus"));

    [Fact]
    public void Evaluate_ArabicDevPart_KeepsItsScores()
    {
        string articles = Path.Combine(s_corpus, "news-ar", "articles");
        Assert.SkipUnless(Directory.Exists(articles), $"The Arabic dev set's texts are read from {articles}, which is absent (they may not be copied into the project).");

        IReadOnlyList<TimexDocument> gold = StandoffGoldReader.Read(Path.Combine(s_gold, "news-ar.timex.jsonl"), s_corpus);
        TimexReport report = new TimexEvaluator(new RuleTemporalTagger()).Evaluate(gold.Where(d => d.Part == "dev"));

        Assert.True(report.Documents >= 24, $"{report.Documents} dev documents");
        Assert.True(report.Overall.RelaxedSpan.F1 >= ArabicRelaxedFloor, $"relaxed F1 {report.Overall.RelaxedSpan.F1:P1}");
        Assert.True(report.Overall.Value.F1 >= ArabicValueFloor, $"value F1 {report.Overall.Value.F1:P1}");
    }

    [Fact]
    public void Evaluate_EnglishDevPart_KeepsItsScores()
    {
        string tempEval = Path.Combine(s_corpus, "temporal-en");
        Assert.SkipUnless(Directory.Exists(tempEval), $"The TempEval-3 training data is read from {tempEval}, which is absent (it has no licence to be copied).");

        HashSet<string> heldOut = TimexGoldFolder.ReadIdList(Path.Combine(s_gold, "temporal-en-held-out.txt"));
        IReadOnlyList<TimexDocument> documents = TimexGoldFolder.Load(tempEval, s_corpus, heldOut);
        TimexReport report = new TimexEvaluator(new RuleTemporalTagger()).Evaluate(documents.Where(d => d.Part == "dev"));

        Assert.Equal(205, report.Documents);
        Assert.True(report.Overall.RelaxedSpan.F1 >= EnglishRelaxedFloor, $"relaxed F1 {report.Overall.RelaxedSpan.F1:P1}");
        Assert.True(report.Overall.Value.F1 >= EnglishValueFloor, $"value F1 {report.Overall.Value.F1:P1}");
    }
}
