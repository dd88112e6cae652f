using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// What an announcement is about. Ids come from the content hash, so the same id is the same text; what can still
/// differ is the enrichment. A redelivered message has the same engine and model, hence the same revision, and is not
/// announced again; the same article enriched by another engine or model version is news to subscribers that index
/// entities, and is announced once more (with <c>Created</c> false).
/// </summary>
public static class ArticleRevision
{
    public static string Of(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return $"{document.Engine.Name}/{document.Engine.Version}/{document.Engine.ModelVersion}";
    }
}
