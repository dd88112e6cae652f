using Ingestion.Deployment.Tests.Manifests;
using Ingestion.Deployment.Tests.Monitoring;
using Ingestion.ServiceDefaults.Hosting;

namespace Ingestion.Deployment.Tests.Compose;

/// <summary>
/// <c>docker compose --profile monitoring up</c>: Prometheus scrapes every service and the broker's per-queue figures
/// and loads the rules; Grafana gets the data source and the dashboard. Checked through the files the containers mount.
/// </summary>
public class MonitoringProfileTests
{
    private static readonly YamlMap s_compose = Yaml.Document(RepositoryFiles.Read("docker-compose.yml"));

    private static YamlMap Services => s_compose.Map("services");

    [Fact]
    public void Profile_Monitoring_HoldsPrometheusAndGrafanaOnly()
    {
        string[] inProfile = [.. Services.Keys.Where(name => Services.Map(name).List("profiles").Select(p => p?.ToString()).Contains("monitoring"))];

        Assert.Equal(["prometheus", "grafana"], inProfile);
        Assert.All(Services.Keys.Except(inProfile), name => Assert.Empty(Services.Map(name).List("profiles")));
    }

    [Fact]
    public void Prometheus_RuleFiles_AreTheMountedRules()
    {
        IReadOnlyDictionary<string, string> mounts = Mounts("prometheus");
        string ruleFile = Assert.Single(MonitoringFiles.PrometheusConfig.List("rule_files"))!.ToString()!;

        Assert.Equal(MonitoringFiles.RulesPath, mounts[ruleFile]);
        Assert.Equal(MonitoringFiles.PrometheusConfigPath, mounts["/etc/prometheus/prometheus.yml"]);
        Assert.Contains("--config.file=/etc/prometheus/prometheus.yml", Services.Map("prometheus").List("command").Select(c => c?.ToString()));
    }

    [Theory]
    [InlineData("feed-watcher")]
    [InlineData("enrichment")]
    [InlineData("storage")]
    public void Prometheus_ScrapesEachService_ByItsNameOnTheImagePort(string name)
    {
        YamlMap job = Job(name);

        Assert.Equal($"{name}:{ServiceProjects.ImagePort()}", Assert.Single(Assert.Single(job.Maps("static_configs")).List("targets"))!.ToString());
        Assert.Equal(DefaultEndpointsExtensions.MetricsPath, job.String("metrics_path"));
    }

    [Fact]
    public void Prometheus_ScrapesTheBrokersPerQueueFamilies_WithItsPluginEnabled()
    {
        YamlMap job = Job("rabbitmq");

        Assert.Equal("rabbitmq:15692", Assert.Single(Assert.Single(job.Maps("static_configs")).List("targets"))!.ToString());
        Assert.Equal("/metrics/detailed", job.String("metrics_path"));
        Assert.Equal(["queue_coarse_metrics", "queue_consumer_count"], job.Map("params").List("family").Select(f => f?.ToString()));
        Assert.Contains("rabbitmq_prometheus", File.ReadAllText(RepositoryFiles.PathOf("deploy", "rabbitmq", "enabled_plugins")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promtool_CheckConfig_PassesWithTheRules()
    {
        string? promtool = ExternalCommand.Which("promtool");
        Assert.SkipWhen(promtool is null, "promtool is not installed (Debian: apt-get install prometheus; .ci/run installs it).");

        // The rule file's path is the container's: point it at the repository's copy for the check.
        string config = Path.Combine(Directory.CreateTempSubdirectory("prometheus-").FullName, "prometheus.yml");
        string ruleFile = Assert.Single(MonitoringFiles.PrometheusConfig.List("rule_files"))!.ToString()!;
        await File.WriteAllTextAsync(config, File.ReadAllText(MonitoringFiles.PrometheusConfigPath).Replace(ruleFile, MonitoringFiles.RulesPath, StringComparison.Ordinal), TestContext.Current.CancellationToken);
        try
        {
            string output = await ExternalCommand.SucceedAsync(RepositoryFiles.Root, promtool!, ["check", "config", config], TimeSpan.FromMinutes(2));
            Assert.Contains("1 rule files found", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(config)!, recursive: true);
        }
    }

    [Fact]
    public void Grafana_ProvisionsThePrometheusDataSourceAndTheDashboardFolder()
    {
        IReadOnlyDictionary<string, string> mounts = Mounts("grafana");
        string provisioning = mounts["/etc/grafana/provisioning"];
        YamlMap source = Assert.Single(Yaml.Document(File.ReadAllText(Path.Combine(provisioning, "datasources", "prometheus.yml"))).Maps("datasources"));
        YamlMap provider = Assert.Single(Yaml.Document(File.ReadAllText(Path.Combine(provisioning, "dashboards", "ingestion.yml"))).Maps("providers"));

        Assert.Equal("prometheus", source.String("type"));
        Assert.Equal("http://prometheus:9090", source.String("url"));
        Assert.Contains("prometheus", Services.Map("grafana").List("depends_on").Select(d => d?.ToString()));
        Assert.Equal(Path.GetDirectoryName(MonitoringFiles.DashboardPath), mounts[provider.At("options.path")!]);
    }

    [Theory]
    [InlineData("prometheus", 9090)]
    [InlineData("grafana", 3000)]
    public void Ports_OnLocalhostOnly(string name, int port)
    {
        string mapping = Assert.Single(Services.Map(name).List("ports"))!.ToString()!;

        Assert.StartsWith("127.0.0.1:", mapping, StringComparison.Ordinal);
        Assert.EndsWith(":" + port, mapping, StringComparison.Ordinal);
    }

    private static YamlMap Job(string name) => Assert.Single(MonitoringFiles.PrometheusConfig.Maps("scrape_configs"), job => job.String("job_name") == name);

    /// <summary>Container path → repository path of a service's bind mounts.</summary>
    private static Dictionary<string, string> Mounts(string service) =>
        Services.Map(service).List("volumes").Select(v => v!.ToString()!.Split(':')).Where(parts => parts[0].StartsWith("./", StringComparison.Ordinal))
            .ToDictionary(parts => parts[1], parts => Path.GetFullPath(Path.Combine(RepositoryFiles.Root, parts[0])), StringComparer.Ordinal);
}
