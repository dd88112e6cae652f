namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// A feed file read and parsed: its articles, the reader's format, the charset it was decoded from and the SHA-256 of
/// its bytes (logged with every decision about it).
/// </summary>
public sealed record FeedFile(string FileName, string Format, string Charset, string FileHash, IReadOnlyList<ParsedArticle> Articles);
