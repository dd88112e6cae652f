namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// What a title word does before a name.
internal enum TitleKind
{
    // Not a title.
    None,

    // An office that heads a role phrase: وزير، سفيرة، منسق.
    Office,

    // A courtesy or rank that is never the role by itself: الشيخ، الدكتور.
    Honorific,
}
