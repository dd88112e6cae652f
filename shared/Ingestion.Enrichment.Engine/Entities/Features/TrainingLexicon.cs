using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// The words of the training corpus's own entities, by stem: how each was tagged (begins or continues a name of each
// type, or mostly untagged). Built over the other folds for each training sentence, over the whole corpus for the
// shipped model, so the model learns how far to trust a word's training history on words it has not memorized.
internal sealed class TrainingLexicon
{
    public const int MostlyUntagged = 1 << 8;

    private readonly Dictionary<ulong, int> _masks;

    public TrainingLexicon(Dictionary<ulong, int> masks)
    {
        _masks = masks;
    }

    public IEnumerable<KeyValuePair<ulong, int>> Entries => _masks;

    // sentences: (stems, labels) of gold-tagged sentences; 0 stems (punctuation) are skipped.
    public static TrainingLexicon Build(IEnumerable<(ulong[] Stems, int[] Labels)> sentences)
    {
        var masks = new Dictionary<ulong, int>();
        var tagged = new Dictionary<ulong, int>();
        var untagged = new Dictionary<ulong, int>();
        foreach ((ulong[] stems, int[] labels) in sentences)
        {
            for (int i = 0; i < stems.Length; i++)
            {
                if (stems[i] == 0)
                {
                    continue;
                }

                int type = NerLabels.TypeOf(labels[i]);
                if (type < 0)
                {
                    untagged[stems[i]] = untagged.GetValueOrDefault(stems[i]) + 1;
                    continue;
                }

                tagged[stems[i]] = tagged.GetValueOrDefault(stems[i]) + 1;
                masks[stems[i]] = masks.GetValueOrDefault(stems[i]) | (1 << (type + (NerLabels.IsBegin(labels[i]) ? 0 : 4)));
            }
        }

        foreach ((ulong stem, int count) in tagged)
        {
            if (untagged.GetValueOrDefault(stem) > count)
            {
                masks[stem] |= MostlyUntagged;
            }
        }

        return new TrainingLexicon(masks);
    }

    public int MaskOf(ulong stem) => _masks.GetValueOrDefault(stem);
}
