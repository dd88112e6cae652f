namespace Ingestion.Contracts;

/// <summary>The entity types of <see cref="EntityAnnotation.Type"/>.</summary>
public static class EntityTypes
{
    /// <summary>A person.</summary>
    public const string Person = "PER";

    /// <summary>An organization.</summary>
    public const string Organization = "ORG";

    /// <summary>A location: country, city, region.</summary>
    public const string Location = "LOC";

    /// <summary>Any other named entity.</summary>
    public const string Miscellaneous = "MISC";
}
