namespace Ingestion.Enrichment.Engine.Agency;

// One way an agency is written in a dateline: its words (or letters), folded for matching.
internal sealed record AgencyForm(AgencyEntry Agency, string[] Parts, bool IsLatin)
{
    // Spaced single letters such as أ ش أ: the only forms datelines glue to the next word.
    public bool IsSpacedLetters => Parts.Length > 1 && Array.TrueForAll(Parts, static p => p.Length == 1);

    public int Length => Parts.Sum(static p => p.Length) + Parts.Length - 1;
}
