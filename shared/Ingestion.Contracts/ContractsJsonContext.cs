using System.Text.Json.Serialization;

namespace Ingestion.Contracts;

/// <summary>
/// Serialization code for the messages, generated at build time, so a service neither reflects over them nor emits
/// code for them at run time. It only supplies the types' shape: names and casing come from the options it is used
/// with (the bus's), so the JSON on the wire is the same as without it.
/// </summary>
[JsonSerializable(typeof(ArticleDiscovered))]
[JsonSerializable(typeof(ArticleEnriched))]
[JsonSerializable(typeof(ArticleStored))]
[JsonSerializable(typeof(FindStoredArticles))]
[JsonSerializable(typeof(StoredArticlesFound))]
public sealed partial class ContractsJsonContext : JsonSerializerContext;
