namespace Ingestion.FeedWatcher.Parsing;

/// <summary>A feed file read and parsed: its articles, the reader's format and the charset it was decoded from.</summary>
public sealed record FeedFile(string FileName, string Format, string Charset, IReadOnlyList<ParsedArticle> Articles);
