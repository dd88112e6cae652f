namespace Ingestion.Contracts.Tests.Rules;

/// <summary>
/// The members each contract type had at schema version 1, and which of them are required. Additive-only means this
/// stays a subset of the types' members forever and the required members never change: append new members to the
/// types, never here.
/// </summary>
internal static class ContractBaseline
{
    public static IReadOnlyDictionary<Type, (string[] Members, string[] Required)> VersionOne { get; } = new Dictionary<Type, (string[], string[])>
    {
        [typeof(ArticleDiscovered)] = (
            ["SchemaVersion", "ArticleId", "ContentHash", "Title", "Body", "DeclaredLanguage", "PublishedAt", "ReceivedAt", "Origin"],
            ["ArticleId", "ContentHash", "Title", "Body", "ReceivedAt", "Origin"]),
        [typeof(ArticleOrigin)] = (
            ["FileName", "Format", "Charset", "SourceId", "SourceName", "Url"],
            ["FileName", "Format"]),
        [typeof(ArticleEnriched)] = (
            ["SchemaVersion", "ArticleId", "ContentHash", "Title", "Text", "Language", "LanguageConfidence", "PublishedAt", "ReceivedAt",
                "EnrichedAt", "ReferenceDate", "Source", "Entities", "Temporal", "Engine", "Warnings"],
            ["ArticleId", "ContentHash", "Title", "Text", "Language", "ReceivedAt", "EnrichedAt", "ReferenceDate", "Source", "Entities",
                "Temporal", "Engine"]),
        [typeof(ArticleSource)] = (
            ["FileName", "Format", "Charset", "SourceId", "Name", "Url", "Agency"],
            ["FileName"]),
        [typeof(NewsAgency)] = (
            ["Name", "Abbreviation", "Latin", "Start", "End"],
            ["Name"]),
        [typeof(EntityAnnotation)] = (
            ["Text", "Type", "Start", "End", "Confidence", "CanonicalName", "Role"],
            ["Text", "Type", "Start", "End"]),
        [typeof(TemporalAnnotation)] = (
            ["Text", "Type", "Start", "End", "Value", "Mod"],
            ["Text", "Type", "Start", "End", "Value"]),
        [typeof(EngineInfo)] = (
            ["Name", "Version", "ModelVersion"],
            ["Name", "Version"]),
        [typeof(ArticleStored)] = (
            ["SchemaVersion", "ArticleId", "ContentHash", "StoredAt", "Store", "Location", "Created", "FileName", "Title", "Language",
                "PublishedAt", "ReceivedAt", "EntityCount", "TemporalCount"],
            ["ArticleId", "ContentHash", "StoredAt", "Store", "Location", "FileName", "Title", "Language", "ReceivedAt"]),
    };
}
