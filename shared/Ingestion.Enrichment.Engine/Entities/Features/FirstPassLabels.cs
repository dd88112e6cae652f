using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// What a first tagging pass said about each word of a document: the entity types its occurrences were tagged with,
// and whether some occurrence was left untagged. The second pass reads it to tag a name the same way throughout an
// article (سلتيك tagged ORG once, then missed three times), which a single left-to-right pass cannot see.
internal sealed class FirstPassLabels
{
    public const int Untagged = 1 << 4;

    private readonly Dictionary<ulong, int> _masks = [];

    // stems[s][i] is the stem of token i of sentence s (0 for punctuation), labels[s][i] its first-pass label.
    public static FirstPassLabels Build(IEnumerable<(ulong[] Stems, int[] Labels)> sentences)
    {
        var result = new FirstPassLabels();
        foreach ((ulong[] stems, int[] labels) in sentences)
        {
            for (int i = 0; i < stems.Length; i++)
            {
                if (stems[i] != 0)
                {
                    int type = NerLabels.TypeOf(labels[i]);
                    int bit = type < 0 ? Untagged : 1 << type;
                    result._masks[stems[i]] = result._masks.GetValueOrDefault(stems[i]) | bit;
                }
            }
        }

        return result;
    }

    // Bits 0-3: tagged PER, ORG, LOC, MISC somewhere; bit 4: left untagged somewhere; 0: not in the document.
    public int MaskOf(ulong stem) => _masks.GetValueOrDefault(stem);
}
