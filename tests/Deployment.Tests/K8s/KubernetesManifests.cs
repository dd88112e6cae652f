using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.K8s;

/// <summary>Every document of the files deploy/k8s/kustomization.yaml lists.</summary>
internal static class KubernetesManifests
{
    public static string Folder => RepositoryFiles.PathOf("deploy", "k8s");

    public static YamlMap Kustomization { get; } = Yaml.Document(File.ReadAllText(Path.Combine(Folder, "kustomization.yaml")));

    public static IReadOnlyList<YamlMap> All { get; } =
        [.. Kustomization.List("resources").Select(resource => File.ReadAllText(Path.Combine(Folder, resource!.ToString()!))).SelectMany(Yaml.Documents)];

    public static IEnumerable<YamlMap> OfKind(string kind) => All.Where(document => document.String("kind") == kind);

    public static YamlMap Named(string kind, string name) => Assert.Single(OfKind(kind), document => document.At("metadata.name") == name);

    /// <summary>The Deployment or StatefulSet of a service.</summary>
    public static YamlMap Workload(string name) =>
        Assert.Single(All, document => document.String("kind") is "Deployment" or "StatefulSet" && document.At("metadata.name") == name);

    public static YamlMap Container(string name) => Assert.Single(Workload(name).Map("spec").Map("template").Map("spec").Maps("containers"));
}
