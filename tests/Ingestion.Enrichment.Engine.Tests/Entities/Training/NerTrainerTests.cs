using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.Training;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Training;

public class NerTrainerTests
{
    private static readonly ConllSentence[] s_corpus =
    [
        new(["زار", "بلينكن", "الكويت", "أمس"], ["O", "B-PERS", "B-LOC", "O"]),
        new(["قال", "الشيخ", "أحمد", "الصباح", "في", "واشنطن"], ["O", "O", "B-PERS", "I-PERS", "O", "B-LOC"]),
        new(["أعلنت", "وزارة", "الخارجية", "الأمريكية", "أن", "بلينكن", "سيزور", "قطر"], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERS", "O", "B-LOC"]),
        new(["فاز", "نادي", "الأهلي", "بكأس", "أفريقيا"], ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
    ];

    private static readonly NerTrainingOptions s_options = new() { Language = "ar", Epochs = 5, Seed = 7 };

    [Fact]
    public void Train_TinyCorpus_FitsItsOwnSentences()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken);

        NerEvaluation evaluation = NerEvaluator.Evaluate(model, s_corpus);

        Assert.Equal(1.0, evaluation.Micro.F1, 3);
        Assert.Equal("ar", model.Language);
    }

    [Fact]
    public void Train_SameCorpusAndSeed_GivesTheSameBytes()
    {
        byte[] first = Serialize(NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken));
        byte[] second = Serialize(NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Pruned_AtALevel_GivesTheBytesOfTrainingWithThatLevel()
    {
        NerModel trained = NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken);
        NerModel prunedWhileTraining = NerTrainer.Train(s_corpus, s_options with { PruneBelow = 1f }, null, TestContext.Current.CancellationToken);

        NerModel pruned = trained.Pruned(1f);

        Assert.True(pruned.FeatureCount < trained.FeatureCount);
        Assert.Equal(Serialize(prunedWhileTraining), Serialize(pruned));
    }

    [Fact]
    public void Train_WithProgress_ReportsEveryEpoch()
    {
        var reports = new List<NerTrainingProgress>();

        NerTrainer.Train(s_corpus, s_options, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3, 4, 5], reports.Where(r => r.Stage == "train").Select(r => r.Epoch).Distinct());
    }

    [Fact]
    public void Train_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => NerTrainer.Train(s_corpus, s_options, null, cancellation.Token));
    }

    [Fact]
    public void SaveLoad_RoundTrip_KeepsTagsAndBytes()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken);
        byte[] bytes = Serialize(model);

        NerModel loaded = NerModel.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, Serialize(loaded));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        foreach (ConllSentence sentence in s_corpus)
        {
            Assert.Equal(model.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
        }
    }

    [Fact]
    public void SaveLoad_StackedModel_KeepsTagsAndBytes()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options with { Stacked = true, DocumentWindow = 1 }, null, TestContext.Current.CancellationToken);
        byte[] bytes = Serialize(model);

        NerModel loaded = NerModel.Load(new MemoryStream(bytes));

        Assert.NotNull(loaded.SecondPass);
        Assert.NotNull(loaded.Harvest);
        Assert.Equal(bytes, Serialize(loaded));
        Assert.Equal(model.TagCorpus([.. s_corpus.Select(s => s.Tokens)]), loaded.TagCorpus([.. s_corpus.Select(s => s.Tokens)]));
    }

    [Fact]
    public void SaveLoad_LabelEdgeModel_KeepsTagsAndBytes()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options with { LabelEdges = true }, null, TestContext.Current.CancellationToken);
        byte[] bytes = Serialize(model);

        NerModel loaded = NerModel.Load(new MemoryStream(bytes));

        Assert.True(loaded.HasLabelEdges);
        Assert.Equal(1.0, NerEvaluator.Evaluate(loaded, s_corpus).Micro.F1, 3);
        Assert.Equal(bytes, Serialize(loaded));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void Pruned_LabelEdgeModel_GivesTheBytesOfTrainingWithThatLevel()
    {
        NerModel trained = NerTrainer.Train(s_corpus, s_options with { LabelEdges = true }, null, TestContext.Current.CancellationToken);
        NerModel prunedWhileTraining = NerTrainer.Train(s_corpus, s_options with { LabelEdges = true, PruneBelow = 1f }, null, TestContext.Current.CancellationToken);

        Assert.Equal(Serialize(prunedWhileTraining), Serialize(trained.Pruned(1f)));
    }

    [Theory]
    [InlineData(LabelEdgeTransitions.Doubled, true, false)]
    [InlineData(LabelEdgeTransitions.PerShape, true, false)]
    [InlineData(LabelEdgeTransitions.StemOnly, true, false)]
    [InlineData(LabelEdgeTransitions.Doubled, false, true)]
    public void Train_LabelEdgeVariants_FitTheirOwnSentences(LabelEdgeTransitions transitions, bool typeSwitches, bool flags)
    {
        NerTrainingOptions options = s_options with { LabelEdges = true, EdgeTransitions = transitions, EdgeTypeSwitches = typeSwitches, EdgeFlags = flags };

        NerModel model = NerTrainer.Train(s_corpus, options, null, TestContext.Current.CancellationToken);

        Assert.True(model.HasLabelEdges);
        Assert.Equal(1.0, NerEvaluator.Evaluate(model, s_corpus).Micro.F1, 3);
    }

    [Fact]
    public void Train_PerShapeEdges_LeavesTheSharedTransitionTableAtZero()
    {
        // Every Arabic word has one shape: its pair weights get the updates the transition table would.
        NerModel perShape = NerTrainer.Train(s_corpus, s_options with { LabelEdges = true, EdgeTransitions = LabelEdgeTransitions.PerShape }, null, TestContext.Current.CancellationToken);
        NerModel doubled = NerTrainer.Train(s_corpus, s_options with { LabelEdges = true }, null, TestContext.Current.CancellationToken);

        Assert.All(perShape.Transitions.ToArray(), t => Assert.Equal(0f, t));
        Assert.Contains(doubled.Transitions.ToArray(), t => t != 0);
    }

    [Theory]
    [InlineData("I-LOC", "B-PER", true)]
    [InlineData("B-PER", "B-LOC", true)]
    [InlineData("I-LOC", "B-LOC", false)]
    [InlineData("B-PER", "I-PER", false)]
    [InlineData("O", "B-PER", false)]
    [InlineData("B-PER", "O", false)]
    public void IsTypeSwitch_NameOfAnotherTypeStraightAfter(string previous, string label, bool expected)
    {
        Assert.Equal(expected, NerTrainer.IsTypeSwitch(NerLabels.Parse(previous), NerLabels.Parse(label)));
    }

    [Fact]
    public void IsTypeSwitch_AtTheSentenceStart_IsNone()
    {
        Assert.False(NerTrainer.IsTypeSwitch(-1, NerLabels.Parse("B-PER")));
    }

    [Fact]
    public void Train_WithoutLabelEdges_HasNone()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken);

        Assert.False(model.HasLabelEdges);
    }

    [Fact]
    public void Train_EnglishDefaults_WritesTheFirstModelFormat()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options with { Language = "en" }, null, TestContext.Current.CancellationToken);

        byte[] header = new byte[7];
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(Serialize(model)), System.IO.Compression.CompressionMode.Decompress))
        {
            gzip.ReadExactly(header);
        }

        Assert.Null(model.Harvest);
        Assert.Equal("INGNER\u0001"u8.ToArray(), header);
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        var bytes = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(bytes, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("hello world"u8);
        }

        bytes.Position = 0;

        Assert.Throws<InvalidDataException>(() => NerModel.Load(bytes));
    }

    [Fact]
    public void DetectLanguage_ArabicOrEnglishCorpus_NamesIt()
    {
        Assert.Equal("ar", NerTrainer.DetectLanguage(s_corpus));
        Assert.Equal("en", NerTrainer.DetectLanguage([new ConllSentence(["Obama", "visited", "Kuwait", "."], ["B-PER", "O", "B-LOC", "O"])]));
    }

    private static byte[] Serialize(NerModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private sealed class SynchronousProgress(Action<NerTrainingProgress> report) : IProgress<NerTrainingProgress>
    {
        public void Report(NerTrainingProgress value) => report(value);
    }
}
