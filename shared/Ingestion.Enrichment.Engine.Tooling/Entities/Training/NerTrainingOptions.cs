namespace Ingestion.Enrichment.Engine.Entities.Training;

/// <summary>Settings of <see cref="NerTrainer.Train"/>. The same options and corpus always give the same model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The language code stored in the model ("ar", "en").</summary>
    public string Language { get; init; } = "ar";

    /// <summary>
    /// Whether an English model's sentences in capitals read their common words in lower case while training, as
    /// tagging does (<c>FeatureExtractor.TruecaseHeadlines</c>); off, training reads them in title case.
    /// </summary>
    public bool TruecaseHeadlines { get; init; }

    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>
    /// Independent perceptrons, each with its own shuffle (seeds Seed, Seed + 1, ...), whose averaged weights are
    /// averaged again: less dependence on one lucky or unlucky order.
    /// </summary>
    public int Runs { get; init; } = 1;

    /// <summary>Seed of the sentence shuffle before each pass.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Sentences before and after each training sentence read as its document (corpora here have no document
    /// breaks); at run time the document is the whole article. 0 turns the document features off. Null: 10 for
    /// Arabic (+2 F1 with label propagation on the ANERcorp dev part), 0 otherwise (they cost 2 F1 on GUM dev).
    /// </summary>
    public int? DocumentWindow { get; init; }

    /// <summary>
    /// Whether the model copies a name's type onto its untagged repeats in the same document (needs a document
    /// window). Null: on for Arabic (+1.7 F1 on the ANERcorp dev part), off otherwise (-2 F1 on GUM dev).
    /// </summary>
    public bool? PropagateLabels { get; init; }

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the model to keep it small.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>
    /// Whether the model tags twice, the second pass reading the first one's labels of the sentence and of the same
    /// words across the document (needs a document window). Off by default: on the ANERcorp dev part it added 0.5 F1
    /// alone but only 0.1 on top of <see cref="TrainingLexicon"/> (mean of shuffle seeds 1-9), for twice the tagging
    /// time and model size.
    /// </summary>
    public bool Stacked { get; init; }

    /// <summary>
    /// Whether the features read the training corpus's own entity words (how each stem was tagged), built for each
    /// training sentence from the other folds. Null: on for Arabic (+1.0 F1 on the ANERcorp dev part, mean of shuffle
    /// seeds 1-9), off otherwise.
    /// </summary>
    public bool? TrainingLexicon { get; init; }

    /// <summary>
    /// Contiguous folds of the training sentences for the cross-predicted first-pass labels of a stacked model and
    /// for the leave-fold-out training lexicon.
    /// </summary>
    public int Folds { get; init; } = 10;

    /// <summary>
    /// Contiguous folds of the cross-predicted first-pass labels of a stacked model, when not <see cref="Folds"/>:
    /// each fold costs a training run, so fewer folds train a stacked model faster.
    /// </summary>
    public int? StackingFolds { get; init; }

    /// <summary>
    /// Whether the word's stem and shape are also weighted per label pair (the previous token's label with this
    /// one's), decoded by the same Viterbi: label-lexicalised transitions.
    /// </summary>
    public bool LabelEdges { get; init; }

    /// <summary>With <see cref="LabelEdges"/>, how the pair weights share the transitions' work (see the enum).</summary>
    public LabelEdgeTransitions EdgeTransitions { get; init; }

    /// <summary>
    /// With <see cref="LabelEdges"/>, whether the pair weights also learn a name of one type followed straight by one
    /// of another (a person right after a place): rare in the training text (ANERcorp: a person follows 32 of its
    /// 4,301 place tokens), so they are left to the transition table when false.
    /// </summary>
    public bool EdgeTypeSwitches { get; init; } = true;

    /// <summary>
    /// With <see cref="LabelEdges"/>, whether the word's lexicon flags (given name, title, place, organisation lists) are
    /// weighted per label pair as well: a listed given name right after a place opens a person, seen or not.
    /// </summary>
    public bool EdgeFlags { get; init; }

    /// <summary>
    /// How many times per pass the first <see cref="WeightedSentences"/> sentences are visited: the corpus counted
    /// against extra training data from another source that follows it.
    /// </summary>
    public int Weight { get; init; } = 1;

    /// <summary>The number of leading sentences <see cref="Weight"/> applies to (the rest are visited once).</summary>
    public int WeightedSentences { get; init; }

    /// <summary>
    /// Whether the sentences after <see cref="WeightedSentences"/> leave MISC unlabelled: a word they tag O may be
    /// MISC, and training takes the best-scoring reading of it (WikiFANE's MISC is products and works, not
    /// ANERcorp's events and nationalities, and its O taught the model that ANERcorp's MISC is O).
    /// </summary>
    public bool ExtraMiscUnlabelled { get; init; }

    /// <summary>
    /// Whether the features read the word clusters learned from unlabelled news (the opt-in <c>NonCommercial/</c> resource), when the
    /// engine has them. Null: on for Arabic, off otherwise (they are Arabic clusters).
    /// </summary>
    public bool? WordClusters { get; init; }
}
