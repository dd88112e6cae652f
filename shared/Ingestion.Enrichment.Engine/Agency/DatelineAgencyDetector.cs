using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Agency;

// PLACEHOLDER: replaced by the agency work.
public sealed class DatelineAgencyDetector : IAgencyDetector
{
    public NewsAgency? Detect(string text, int bodyStart) => null;
}
