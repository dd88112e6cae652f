namespace Ingestion.Storage.Persistence;

/// <summary>
/// The mark that an article was announced (<c>ArticleStored</c> published) at a revision of its enrichment. Kept apart
/// from the document, so that replacing the document on a redelivery never wipes it.
/// </summary>
public sealed record ArticleAnnouncement(string Id, string Revision, DateTimeOffset AnnouncedAt);
