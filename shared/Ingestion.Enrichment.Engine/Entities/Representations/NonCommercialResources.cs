namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// The optional resources derived from non-commercial data (CC BY-NC-SA 4.0: the SaudiNewsNet word clusters and the
/// Arabic entity model trained to read them). They are files beside the program, never inside the engine assembly,
/// so that a deployment that may not use them deletes the folder and the engine falls back on its own embedded model.
/// </summary>
public static class NonCommercialResources
{
    /// <summary>The folder name, under the program's base directory.</summary>
    public const string FolderName = "resources/non-commercial";

    public const string ClustersFile = "clusters-ar.tsv.gz";

    public const string ArabicModelFile = "ner-ar-clusters.model.gz";

    /// <summary>
    /// Where they are looked for: <c>INGESTION_NONCOMMERCIAL_RESOURCES</c> when set (an empty value turns them off),
    /// else <see cref="FolderName"/> beside the program.
    /// </summary>
    public static string? Folder => Environment.GetEnvironmentVariable("INGESTION_NONCOMMERCIAL_RESOURCES") is { } configured
        ? configured.Length == 0 ? null : configured
        : Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>The path of one of the files, when both the clusters and the model trained on them are there.</summary>
    public static string? PathOf(string file)
    {
        string? folder = Folder;
        return folder is not null
            && File.Exists(Path.Combine(folder, ClustersFile))
            && File.Exists(Path.Combine(folder, ArabicModelFile))
            ? Path.Combine(folder, file)
            : null;
    }
}
