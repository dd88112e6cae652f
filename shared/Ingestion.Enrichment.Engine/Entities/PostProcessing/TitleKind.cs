namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

/// <summary>What a title word does before a name.</summary>
internal enum TitleKind
{
    /// <summary>Not a title.</summary>
    None,

    /// <summary>An office that heads a role phrase: وزير، سفيرة، منسق.</summary>
    Office,

    /// <summary>A courtesy or rank that is never the role by itself: الشيخ، الدكتور.</summary>
    Honorific,
}
