using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.Training;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Training;

/// <summary>Extra training data from another corpus: counted against the main one, and MISC left open in it.</summary>
public class NerTrainerExtraDataTests
{
    // The main corpus tags the cup MISC; the extra corpus, which has no such MISC, tags the same words O, more often.
    private static readonly ConllSentence s_main = new(["تابع", "الجمهور", "كأس", "العالم", "أمس"], ["O", "O", "B-MISC", "I-MISC", "O"]);
    private static readonly ConllSentence s_extra = new(["تابع", "الجمهور", "كأس", "العالم", "أمس"], ["O", "O", "O", "O", "O"]);
    private static readonly ConllSentence[] s_corpus = [s_main, s_extra, s_extra, s_extra, s_extra];
    private static readonly NerTrainingOptions s_options = new() { Language = "ar", Epochs = 5, Seed = 3, WeightedSentences = 1, TrainingLexicon = false, DocumentWindow = 0 };

    [Fact]
    public void Train_ExtraDataTagsTheMainCorpusMiscAsO_OutvotesIt()
    {
        Assert.Equal(["O", "O", "O", "O", "O"], Tag(NerTrainer.Train(s_corpus, s_options, null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void Train_ExtraMiscUnlabelled_KeepsTheMainCorpusMisc()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options with { ExtraMiscUnlabelled = true }, null, TestContext.Current.CancellationToken);

        Assert.Equal(s_main.Tags, Tag(model));
    }

    [Fact]
    public void Train_MainCorpusWeighted_OutvotesTheExtraData()
    {
        NerModel model = NerTrainer.Train(s_corpus, s_options with { Weight = 8 }, null, TestContext.Current.CancellationToken);

        Assert.Equal(s_main.Tags, Tag(model));
    }

    private static IReadOnlyList<string> Tag(NerModel model) => model.TagCorpus([s_main.Tokens])[0];
}
