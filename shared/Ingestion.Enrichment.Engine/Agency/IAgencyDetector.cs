using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Agency;

/// <summary>Finds the news agency named in an article's dateline, at the start of the body.</summary>
public interface IAgencyDetector
{
    /// <summary>Returns the agency, with its offsets in <paramref name="text"/>, or null when the dateline names none.</summary>
    NewsAgency? Detect(string text, int bodyStart);
}
