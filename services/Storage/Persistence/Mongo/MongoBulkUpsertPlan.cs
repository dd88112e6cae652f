namespace Ingestion.Storage.Persistence.Mongo;

/// <summary>
/// Turns a batch that may repeat an id into one write per id (the last copy wins, as if the batch were applied in
/// order) and maps the server's upserted indexes back to one outcome per input document.
/// </summary>
/// <remarks>
/// An unordered bulk write gives no order between two writes of the same id, so duplicates are folded before sending.
/// </remarks>
public sealed class MongoBulkUpsertPlan
{
    private readonly IReadOnlyList<ArticleDocument> _input;

    public MongoBulkUpsertPlan(IReadOnlyList<ArticleDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _input = documents;
        Dictionary<string, int> slotById = new(StringComparer.Ordinal);
        List<ArticleDocument> writes = [];
        foreach (ArticleDocument document in documents)
        {
            if (slotById.TryGetValue(document.Id, out int slot))
            {
                writes[slot] = document;
            }
            else
            {
                slotById.Add(document.Id, writes.Count);
                writes.Add(document);
            }
        }

        Writes = writes;
    }

    /// <summary>One document per distinct id, in first-seen order.</summary>
    public IReadOnlyList<ArticleDocument> Writes { get; }

    /// <param name="createdWriteIndexes">Indexes into <see cref="Writes"/> that the server inserted.</param>
    public IReadOnlyList<UpsertOutcome> Outcomes(IEnumerable<int> createdWriteIndexes)
    {
        ArgumentNullException.ThrowIfNull(createdWriteIndexes);
        HashSet<string> created = new(StringComparer.Ordinal);
        foreach (int index in createdWriteIndexes)
        {
            created.Add(Writes[index].Id);
        }

        UpsertOutcome[] outcomes = new UpsertOutcome[_input.Count];
        for (int i = 0; i < _input.Count; i++)
        {
            // Only the first copy of a new id was "created"; later copies replaced it.
            outcomes[i] = created.Remove(_input[i].Id) ? UpsertOutcome.Created : UpsertOutcome.Replaced;
        }

        return outcomes;
    }
}
