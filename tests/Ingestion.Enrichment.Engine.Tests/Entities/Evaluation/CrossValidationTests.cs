using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.Training;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Evaluation;

public class CrossValidationTests
{
    private static readonly NerTrainingOptions s_options = new() { Language = "ar", Epochs = 2 };

    [Fact]
    public void Run_ThreeFolds_ScoresEverySentenceOnceAndTheOutOfDomainSetWithEveryModel()
    {
        List<ConllSentence> corpus = [.. Enumerable.Range(0, 12).Select(i => Sentence($"زار{i} O|الرئيس O|الكويت B-LOC"))];
        List<ConllSentence> outOfDomain = [Sentence("سافر O|إلى O|قطر B-LOC|مع O|شركة B-ORG|زين I-ORG")];

        CrossValidationReport report = CrossValidation.Run(new CrossValidationRequest(corpus, s_options) { Folds = 3, OutOfDomain = outOfDomain, Parallelism = 2 });

        Assert.Equal(3, report.Folds.Count);
        Assert.Equal(12, report.Folds.Sum(f => f.Sentences));
        Assert.Equal(12, report.Folds.Sum(f => f.Model.Micro.Gold));
        Assert.All(report.Folds, f => Assert.Equal(2, f.OutOfDomain!.Micro.Gold));
    }

    [Fact]
    public void Run_SameRequestTwice_GivesTheSameScoresWhateverTheParallelism()
    {
        List<ConllSentence> corpus = [.. Enumerable.Range(0, 12).Select(i => Sentence(i % 2 == 0 ? $"قال{i} O|محمد B-PER|علي I-PER" : $"في{i} O|بغداد B-LOC"))];

        CrossValidationReport one = CrossValidation.Run(new CrossValidationRequest(corpus, s_options) { Folds = 3, Parallelism = 1 });
        CrossValidationReport two = CrossValidation.Run(new CrossValidationRequest(corpus, s_options) { Folds = 3, Parallelism = 3 });

        Assert.Equal(one.Folds.Select(f => f.Model.Micro), two.Folds.Select(f => f.Model.Micro));
    }

    [Fact]
    public void RunPruned_TwoLevels_ScoresTheSameFoldsSmallerModelsAndTheSecondSet()
    {
        List<ConllSentence> corpus = [.. Enumerable.Range(0, 12).Select(i => Sentence(i % 2 == 0 ? $"قال{i} O|محمد B-PER|علي I-PER" : $"في{i} O|بغداد B-LOC"))];
        List<ConllSentence> second = [Sentence("زار O|محمد B-PER|بغداد B-LOC")];

        IReadOnlyList<CrossValidationReport> reports = CrossValidation.RunPruned(new CrossValidationRequest(corpus, s_options) { Folds = 3, SecondOutOfDomain = second, PruneLevels = [1f, 0.01f] });

        Assert.Equal([0.01f, 1f], reports.Select(r => r.PruneBelow));
        Assert.Equal(reports[0].Folds.Select(f => f.Sentences), reports[1].Folds.Select(f => f.Sentences));
        Assert.All(reports[0].Folds.Zip(reports[1].Folds), pair => Assert.True(pair.Second.Features < pair.First.Features));
        Assert.All(reports.SelectMany(r => r.Folds), f => Assert.Equal(2, f.SecondOutOfDomain!.Value.Model.Micro.Gold));
    }

    [Fact]
    public void Run_FoldsOut_WritesEachFoldsGoldTagsAndAModelThatScoresTheFoldAlike()
    {
        List<ConllSentence> corpus = [.. Enumerable.Range(0, 12).Select(i => Sentence(i % 2 == 0 ? $"قال{i} O|محمد B-PER|علي I-PER" : $"في{i} O|بغداد B-LOC"))];
        string directory = Path.Combine(Path.GetTempPath(), "cv-folds-" + Guid.NewGuid().ToString("N"));
        try
        {
            CrossValidationReport report = CrossValidation.Run(new CrossValidationRequest(corpus, s_options) { Folds = 3, FoldsOut = directory });

            for (int fold = 1; fold <= 3; fold++)
            {
                IReadOnlyList<ConllSentence> gold = ConllCorpus.Read(Path.Combine(directory, $"fold{fold}.gold.txt"));
                IReadOnlyList<ConllSentence> engine = ConllCorpus.Read(Path.Combine(directory, $"fold{fold}.engine.txt"));
                Assert.Equal(report.Folds[fold - 1].Sentences, gold.Count);
                Assert.Equal(gold.Select(s => s.Tokens), engine.Select(s => s.Tokens));
                Assert.Equal(report.Folds[fold - 1].Engine.Predictions, engine.Select(s => s.Tags));
                using FileStream stream = File.OpenRead(Path.Combine(directory, $"fold{fold}.model.gz"));
                Assert.Equal(report.Folds[fold - 1].Model.Micro, NerEvaluator.Evaluate(NerModel.Load(stream), gold).Micro);
            }
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Spread_FoldScores_AreMeanAndSampleDeviationInPercent()
    {
        (double mean, double sd) = CrossValidationReport.Spread([new EntityScore(10, 10, 6), new EntityScore(10, 10, 8)]);

        Assert.Equal(70, mean, 6);
        Assert.Equal(Math.Sqrt(200), sd, 6);
    }

    private static ConllSentence Sentence(string pairs)
    {
        string[][] columns = [.. pairs.Split('|').Select(p => p.Split(' '))];
        return new ConllSentence([.. columns.Select(c => c[0])], [.. columns.Select(c => c[1])]);
    }
}
