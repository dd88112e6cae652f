namespace Ingestion.Enrichment.Engine.Entities.Features;

[Flags]
internal enum TokenFlags
{
    None = 0,
    LocationBegin = 1,
    LocationInside = 2,
    OrganizationBegin = 4,
    OrganizationInside = 8,
    Title = 16,
    Capitalized = 32,
    AllCaps = 64,
    Arabic = 128,
    Number = 256,
    Punctuation = 512,
    GivenName = 1024,
    OrganizationHead = 2048,

    // English models only (EnglishGazetteers): never set for Arabic, so the Arabic features keep their keys.
    City = 4096,
    Demonym = 8192,
    OrganizationCue = 16384,
    LatinGivenName = 32768,
}
