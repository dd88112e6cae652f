using System.Text.Json;
using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>deploy/monitoring (the plain rules, Prometheus's and Grafana's files for compose) and deploy/k8s/monitoring.</summary>
internal static class MonitoringFiles
{
    public static string RulesPath => RepositoryFiles.PathOf("deploy", "monitoring", "prometheus", "ingestion-rules.yml");

    public static string RuleTestsPath => RepositoryFiles.PathOf("deploy", "monitoring", "prometheus", "ingestion-rules.test.yml");

    public static string PrometheusConfigPath => RepositoryFiles.PathOf("deploy", "monitoring", "prometheus", "prometheus.yml");

    public static string DashboardPath => RepositoryFiles.PathOf("deploy", "monitoring", "grafana", "dashboards", "ingestion.json");

    public static string KubernetesFolder => RepositoryFiles.PathOf("deploy", "k8s", "monitoring");

    public static YamlMap Rules => Yaml.Document(File.ReadAllText(RulesPath));

    public static YamlMap PrometheusConfig => Yaml.Document(File.ReadAllText(PrometheusConfigPath));

    public static JsonDocument Dashboard() => JsonDocument.Parse(File.ReadAllText(DashboardPath));

    /// <summary>Every document of the files deploy/k8s/monitoring/kustomization.yaml lists.</summary>
    public static IReadOnlyList<YamlMap> KubernetesDocuments()
    {
        YamlMap kustomization = Yaml.Document(File.ReadAllText(Path.Combine(KubernetesFolder, "kustomization.yaml")));
        return [.. kustomization.List("resources").SelectMany(resource => Yaml.Documents(File.ReadAllText(Path.Combine(KubernetesFolder, resource!.ToString()!))))];
    }
}
