using Ingestion.Contracts;
using Ingestion.Storage.Persistence;
using MassTransit;

namespace Ingestion.Storage.Consumers;

/// <summary>One message of a storage batch and what became of it: its document, the upsert's outcome, or its failure.</summary>
internal sealed class BatchEntry(ConsumeContext<ArticleEnriched> context, ArticleDocument? document, Exception? failure)
{
    public ConsumeContext<ArticleEnriched> Context { get; } = context;

    public ArticleDocument? Document { get; } = document;

    public UpsertOutcome? Outcome { get; set; }

    public Exception? Failure { get; set; } = failure;

    /// <summary>A message that cannot become a document (a forbidden metadata key) fails alone, not its batch.</summary>
    public static BatchEntry Map(ConsumeContext<ArticleEnriched> context, DateTimeOffset storedAt)
    {
        try
        {
            return new BatchEntry(context, ArticleDocumentMapper.FromEnriched(context.Message, storedAt), null);
        }
        catch (ArgumentException ex)
        {
            return new BatchEntry(context, null, ex);
        }
    }
}
