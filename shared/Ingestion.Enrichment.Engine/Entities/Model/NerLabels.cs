namespace Ingestion.Enrichment.Engine.Entities.Model;

/// <summary>The BIO label set over PER, ORG, LOC and MISC, and the mapping from corpus tags to it.</summary>
public static class NerLabels
{
    /// <summary>Label names by index: O, then B-/I- pairs for PER, ORG, LOC, MISC.</summary>
    public static IReadOnlyList<string> Names { get; } = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    /// <summary>The entity types in label order.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The number of labels.</summary>
    public const int Count = 9;

    /// <summary>
    /// The label index of a corpus tag: <c>B-PERS</c> (ANERcorp) reads as B-PER, <c>PERSON</c>/<c>GPE</c> style names
    /// map to their type, an unknown type to O.
    /// </summary>
    public static int Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return 0;
        }

        int type = TypeIndex(tag.AsSpan(2));
        return type < 0 ? 0 : 1 + (2 * type) + (tag[0] == 'I' ? 1 : 0);
    }

    /// <summary>The index in <see cref="Types"/> of a type name, or -1.</summary>
    public static int TypeIndex(ReadOnlySpan<char> type) => type switch
    {
        "PER" or "PERS" or "PERSON" => 0,
        "ORG" or "ORGANIZATION" => 1,
        "LOC" or "LOCATION" or "GPE" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>The type index of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>True for a B- label.</summary>
    public static bool IsBegin(int label) => label > 0 && (label - 1) % 2 == 0;

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start) in BIO.</summary>
    public static bool IsAllowed(int previous, int next) =>
        next == 0 || IsBegin(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));

    /// <summary>The entities in a label sequence: token span [Start, End) and type index, a B- or a type change opening one.</summary>
    public static IEnumerable<(int Start, int End, int Type)> Spans(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            int type = TypeOf(labels[i]);
            int end = i + 1;
            while (end < labels.Length && labels[end] != 0 && !IsBegin(labels[end]) && TypeOf(labels[end]) == type)
            {
                end++;
            }

            yield return (i, end, type);
            i = end;
        }
    }
}
