namespace Ingestion.Storage.Persistence;

/// <summary>What an upsert did.</summary>
public enum UpsertOutcome
{
    /// <summary>No document had the id: one was inserted.</summary>
    Created,

    /// <summary>A document with the id existed and was replaced.</summary>
    Replaced,
}
