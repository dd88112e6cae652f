namespace Ingestion.FeedWatcher.Parsing;

/// <summary>A file's text after decoding and normalization, with the charset it was decoded from.</summary>
public sealed record DecodedText(string Text, string Charset);
