using Ingestion.Deployment.Tests.Manifests;
using Ingestion.Deployment.Tests.Monitoring;
using Ingestion.ServiceDefaults.Hosting;

namespace Ingestion.Deployment.Tests.K8s;

/// <summary>The ServiceMonitors find the services' Services and the broker's, on the ports and paths compose's Prometheus scrapes.</summary>
public class ServiceMonitorTests
{
    private static readonly IReadOnlyList<YamlMap> s_monitoring = MonitoringFiles.KubernetesDocuments();

    [Theory]
    [InlineData("feed-watcher")]
    [InlineData("enrichment")]
    [InlineData("storage")]
    public void Services_SelectedAndScrapedOnTheMetricsPath(string name)
    {
        YamlMap monitor = Monitor("ingestion");
        YamlMap service = KubernetesManifests.Named("Service", name);
        YamlMap selector = monitor.Map("spec").Map("selector").Map("matchLabels");
        YamlMap endpoint = Assert.Single(monitor.Map("spec").Maps("endpoints"));

        Assert.All(selector.Keys, key => Assert.Equal(selector.String(key), service.Map("metadata").Map("labels").String(key)));
        Assert.Contains(service.Map("spec").Maps("ports"), port => port.String("name") == endpoint.String("port"));
        Assert.Equal(DefaultEndpointsExtensions.MetricsPath, endpoint.String("path"));
    }

    [Fact]
    public void Services_OnlyTheThree_AreSelected()
    {
        YamlMap selector = Monitor("ingestion").Map("spec").Map("selector").Map("matchLabels");
        IEnumerable<string> selected = KubernetesManifests.OfKind("Service")
            .Where(service => selector.Keys.All(key => service.Map("metadata").MapOrNull("labels")?.String(key) == selector.String(key)))
            .Select(service => service.At("metadata.name")!);

        Assert.Equal(ServiceProjects.ByName.Keys.Order(StringComparer.Ordinal), selected.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Broker_ScrapedLikeComposeDoes()
    {
        YamlMap endpoint = Assert.Single(Monitor("ingestion-rabbitmq").Map("spec").Maps("endpoints"));
        YamlMap compose = Assert.Single(MonitoringFiles.PrometheusConfig.Maps("scrape_configs"), job => job.String("job_name") == "rabbitmq");
        YamlMap cluster = Yaml.Document(File.ReadAllText(Path.Combine(KubernetesManifests.Folder, "infrastructure", "rabbitmq-cluster.yaml")));

        Assert.Equal("prometheus", endpoint.String("port"));
        Assert.Equal(compose.String("metrics_path"), endpoint.String("path"));
        Assert.Equal(compose.Map("params").List("family").Select(f => f?.ToString()), endpoint.Map("params").List("family").Select(f => f?.ToString()));
        Assert.Equal(cluster.At("metadata.name"), Monitor("ingestion-rabbitmq").Map("spec").Map("selector").Map("matchLabels").String("app.kubernetes.io/name"));
        Assert.Contains("rabbitmq_prometheus", cluster.Map("spec").Map("rabbitmq").List("additionalPlugins").Select(p => p?.ToString()));
    }

    private static YamlMap Monitor(string name) =>
        Assert.Single(s_monitoring, document => document.String("kind") == "ServiceMonitor" && document.At("metadata.name") == name);
}
