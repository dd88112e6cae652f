namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// The optional resources derived from non-commercial data (CC BY-NC-SA 4.0: the SaudiNewsNet word clusters and the
/// Arabic entity model trained to read them). They are never inside the engine assembly nor copied beside the program:
/// a deployment opts in by naming their folder, so that nothing non-commercial is used unless someone chose it.
/// </summary>
public static class NonCommercialResources
{
    /// <summary>The environment variable naming the folder (in the repository: <c>shared/Ingestion.Enrichment.Engine/NonCommercial</c>).</summary>
    public const string FolderVariable = "INGESTION_NONCOMMERCIAL_RESOURCES";

    public const string ClustersFile = "clusters-ar.tsv.gz";

    public const string ArabicModelFile = "ner-ar-clusters.model.gz";

    /// <summary>The folder named by <see cref="FolderVariable"/>, or none.</summary>
    public static string? Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder : null;

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
