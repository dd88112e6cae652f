using System.ComponentModel;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Train;

public sealed class TrainNerSettings : IngestSettings
{
    [CommandOption("--corpus <FILE>")]
    [Description("Training data, TOKEN TAG per line (BIO). Repeat to concatenate several files, in order.")]
    public string[] Corpus { get; init; } = [];

    [CommandOption("--extra <FILE>")]
    [Description("More training data in the same format, added after the hold-out split so it is never scored. Repeatable.")]
    public string[] Extra { get; init; } = [];

    [CommandOption("--out <MODEL>")]
    [Description("Where to write the model (gzip). The same corpus and seed always give the same bytes.")]
    public string Out { get; init; } = string.Empty;

    [CommandOption("--seed <N>")]
    [Description("Seed of the sentence shuffle. Default: 1, as the shipped models.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--epochs <N>")]
    [Description("Passes over the data. Default: 10.")]
    [DefaultValue(10)]
    public int Epochs { get; init; } = 10;

    [CommandOption("--holdout <PERCENT>")]
    [Description("Train on the first sentences only and score the model on the last PERCENT of them (a dev split).")]
    [DefaultValue(0)]
    public int Holdout { get; init; }

    [CommandOption("--holdout-slice <K>")]
    [Description("Which slice of --holdout PERCENT to score, counted from the start (9 with --holdout 10: the sentences at 80-90%). Default: the last.")]
    public int? HoldoutSlice { get; init; }

    [CommandOption("--dev-out <FILE>")]
    [Description("Also write the held-out sentences (gold tags) there, e.g. for 'ingest evaluate ner --engine --gold FILE'.")]
    public string? DevOut { get; init; }

    [CommandOption("--cv <FOLDS>")]
    [Description("Document-level cross-validation instead of one model: FOLDS contiguous folds of --corpus cut at datelines, each scored (model alone and whole recognizer) by a model trained on the rest. Prints mean ± sd per type; writes no model.")]
    [DefaultValue(0)]
    public int CrossValidationFolds { get; init; }

    [CommandOption("--wikifane <FILE>")]
    [Description("WikiFANE (WikiFANE_Gold_2014_500K.txt[.gz]): its last 10% of sentences is the out-of-domain dev set every --cv fold model is scored on (PER, ORG, LOC), never trained on.")]
    public string? WikiFane { get; init; }

    [CommandOption("--wikifane-train")]
    [Description("Also train on WikiFANE (--wikifane) up to 20 sentences before its out-of-domain dev part, mapped to PER/ORG/LOC (its MISC types read as O).")]
    public bool WikiFaneTrain { get; init; }

    [CommandOption("--weight <N>")]
    [Description("Visit the --corpus training sentences N times per pass, against the extra data. Default: 1.")]
    [DefaultValue(1)]
    public int Weight { get; init; } = 1;

    [CommandOption("--extra-misc-unlabelled")]
    [Description("The extra training data does not mark MISC: its O words may be MISC (the best-scoring reading is trained on).")]
    public bool ExtraMiscUnlabelled { get; init; }

    [CommandOption("--no-clusters")]
    [Description("Train without the word-cluster features even when the engine ships the clusters (for comparisons).")]
    public bool NoClusters { get; init; }

    [CommandOption("--wojood <FILE>")]
    [Description("Wojood's train split (nested; its outermost person, organization and place read as PER/ORG/LOC): a second out-of-domain set every --cv fold model is scored on, never trained on.")]
    public string? Wojood { get; init; }

    [CommandOption("--prune-below <W>")]
    [Description("Drop averaged weights smaller than W in magnitude, and the features left with none: a smaller, faster model. Default: 0.01. With --cv, repeat it to score the same fold models at each level.")]
    public float[] PruneBelow { get; init; } = [];

    [CommandOption("--document-window <N>")]
    [Description("Sentences before each one whose words the document features read (how often a word recurs, whether it followed a title). Default: 10 for Arabic, 0 (none) for English.")]
    public int? DocumentWindow { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Cross-validation folds trained at the same time. Default: 1. The scores do not depend on it.")]
    [DefaultValue(1)]
    public int Parallel { get; init; } = 1;

    [CommandOption("--folds-out <DIR>")]
    [Description("With --cv, also write each fold's gold sentences, the whole recognizer's out-of-fold tags and the fold model (least pruned) to DIR, for error analysis and for scoring rules without retraining.")]
    public string? FoldsOut { get; init; }

    [CommandOption("--stacked")]
    [Description("Tag twice: a second model reads the first one's labels of the sentence and of the same words across the document, trained on first-pass labels cross-predicted over contiguous folds of the training data.")]
    public bool Stacked { get; init; }

    [CommandOption("--stacking-folds <N>")]
    [Description("With --stacked, the folds the first-pass labels of the training data are cross-predicted over (each costs a training run). Default: 10.")]
    public int? StackingFolds { get; init; }

    [CommandOption("--capitals-every <N>")]
    [Description("Also train on a copy in capitals of every Nth training sentence (English headlines), reading sentences in capitals truecased as tagging does. Default: 0 (none).")]
    public int CapitalsEvery { get; init; }

    [CommandOption("--truecase-training")]
    [Description("Read the training sentences in capitals truecased, as tagging does, without adding copies (implied by --capitals-every).")]
    public bool TruecaseTraining { get; init; }

    [CommandOption("--label-edges")]
    [Description("Also weight the word's stem and shape per label pair (the previous token's label with this one's): label-lexicalised transitions.")]
    public bool LabelEdges { get; init; }

    [CommandOption("--edge-transitions <MODE>")]
    [Description("With --label-edges: Doubled (the shape's pair weights beside the transition table, which they duplicate on Arabic words), PerShape (they replace it) or StemOnly. Default: Doubled.")]
    [DefaultValue(LabelEdgeTransitions.Doubled)]
    public LabelEdgeTransitions EdgeTransitions { get; init; }

    [CommandOption("--no-edge-type-switches")]
    [Description("With --label-edges: the pair weights do not learn a name of one type followed straight by one of another (I-LOC → B-PER); the transition table alone scores those.")]
    public bool NoEdgeTypeSwitches { get; init; }

    [CommandOption("--edge-flags")]
    [Description("With --label-edges: also weight the word's lexicon flags (given name, title, place, organisation lists) per label pair.")]
    public bool EdgeFlags { get; init; }

    public override ValidationResult Validate()
    {
        if (Corpus.Length == 0)
        {
            return ValidationResult.Error("--corpus FILE is required.");
        }

        if (Corpus.FirstOrDefault(file => !File.Exists(file)) is { } missing)
        {
            return ValidationResult.Error($"--corpus: no file '{missing}'.");
        }

        if (Extra.FirstOrDefault(file => !File.Exists(file)) is { } missingExtra)
        {
            return ValidationResult.Error($"--extra: no file '{missingExtra}'.");
        }

        if (HoldoutSlice is { } slice && (Holdout == 0 || slice < 1 || slice > HoldoutSplit.SliceCount(Holdout)))
        {
            return ValidationResult.Error("--holdout-slice needs --holdout PERCENT and is from 1 to the number of slices (10 for 10%).");
        }

        if (WikiFaneTrain && WikiFane is null)
        {
            return ValidationResult.Error("--wikifane-train needs --wikifane FILE.");
        }

        if (CapitalsEvery < 0)
        {
            return ValidationResult.Error("--capitals-every is 0 (no copies) or more.");
        }

        if ((CapitalsEvery > 0 || TruecaseTraining) && CrossValidationFolds > 0)
        {
            return ValidationResult.Error("--capitals-every and --truecase-training apply to one training run (with --holdout), not to --cv.");
        }

        if (Weight < 1)
        {
            return ValidationResult.Error("--weight is at least 1.");
        }

        if (Wojood is not null && !File.Exists(Wojood))
        {
            return ValidationResult.Error($"--wojood: no file '{Wojood}'.");
        }

        if (StackingFolds is { } stackingFolds && (!Stacked || stackingFolds < 2))
        {
            return ValidationResult.Error("--stacking-folds needs --stacked and is at least 2.");
        }

        if (PruneBelow.Any(w => !(w >= 0)))
        {
            return ValidationResult.Error("--prune-below is a weight magnitude, 0 or more.");
        }

        if (PruneBelow.Length > 1 && CrossValidationFolds == 0)
        {
            return ValidationResult.Error("--prune-below takes several levels only with --cv.");
        }

        if (WikiFane is not null && !File.Exists(WikiFane))
        {
            return ValidationResult.Error($"--wikifane: no file '{WikiFane}'.");
        }

        if (CrossValidationFolds != 0 && (CrossValidationFolds < 2 || Holdout != 0))
        {
            return ValidationResult.Error("--cv FOLDS is at least 2 and does not go with --holdout.");
        }

        if (CrossValidationFolds == 0 && string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out MODEL is required.");
        }

        return Holdout is >= 0 and < 100 ? ValidationResult.Success() : ValidationResult.Error("--holdout is a percentage from 0 to 99.");
    }
}
