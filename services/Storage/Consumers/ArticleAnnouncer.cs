using Ingestion.Contracts;
using Ingestion.Storage.Persistence;
using MassTransit;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Announces each stored article once per <see cref="ArticleRevision"/> as <see cref="ArticleStored"/>: the store keeps a
/// mark per announced article; only articles without a mark at this revision are published, and they are marked after
/// the publish. Articles the batch created are due without a lookup: their marks cannot exist yet.
/// </summary>
/// <remarks>
/// A crash between the publish and the mark announces those articles again on redelivery (at least once, never lost):
/// subscribers dedupe by <c>ArticleId</c>. Publish first and mark after is deliberate: the other order would lose the
/// event for good in the same crash, and the feed-watcher waits for it.
/// </remarks>
internal sealed class ArticleAnnouncer(IArticleStore store)
{
    /// <summary>Publishes the due announcements of <paramref name="stored"/> and returns how many went out.</summary>
    public async Task<int> AnnounceAsync(List<BatchEntry> stored, DateTimeOffset announcedAt, CancellationToken cancellationToken)
    {
        if (stored.Count == 0)
        {
            return 0;
        }

        // A batch may carry the same article twice: the last copy is what the store kept, announced once.
        Dictionary<string, (BatchEntry Last, bool Created)> byId = new(StringComparer.Ordinal);
        foreach (BatchEntry entry in stored)
        {
            bool created = entry.Outcome == UpsertOutcome.Created || (byId.TryGetValue(entry.Document!.Id, out var seen) && seen.Created);
            byId[entry.Document!.Id] = (entry, created);
        }

        // A mark is written only after its document was stored, so an article this batch created has none: only the
        // replaced ones (a redelivery, a republish, a changed article) are looked up. In steady flow that is none, and
        // the batch makes no read.
        string[] replaced = [.. byId.Where(pair => !pair.Value.Created).Select(pair => pair.Key)];
        IReadOnlyDictionary<string, string> marks = replaced.Length == 0
            ? new Dictionary<string, string>()
            : await store.FindAnnouncedAsync(replaced, cancellationToken).ConfigureAwait(false);
        List<(BatchEntry Entry, bool Created, string Revision)> due = [];
        foreach ((string id, (BatchEntry last, bool created)) in byId)
        {
            string revision = ArticleRevision.Of(last.Document!);
            if (!marks.TryGetValue(id, out string? announced) || announced != revision)
            {
                due.Add((last, created, revision));
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        // Each event goes out on its own message's context, so that it carries that article's trace and conversation.
        await Task.WhenAll(due.Select(d => d.Entry.Context.Publish(Stored(d.Entry, d.Created), cancellationToken))).ConfigureAwait(false);
        await store.MarkAnnouncedAsync([.. due.Select(d => new ArticleAnnouncement(d.Entry.Document!.Id, d.Revision, announcedAt))], cancellationToken)
            .ConfigureAwait(false);
        return due.Count;
    }

    private ArticleStored Stored(BatchEntry entry, bool created)
    {
        ArticleEnriched article = entry.Context.Message;
        ArticleDocument document = entry.Document!;
        return new ArticleStored
        {
            ArticleId = article.ArticleId,
            ContentHash = article.ContentHash,
            StoredAt = document.StoredAt,
            Store = store.Kind,
            Location = store.Location,
            Created = created,
            FileName = article.Source.FileName,
            Title = article.Title,
            Language = article.Language,
            PublishedAt = article.PublishedAt,
            ReceivedAt = article.ReceivedAt,
            EntityCount = document.Entities.Count,
            TemporalCount = document.Temporal.Count,
        };
    }
}
