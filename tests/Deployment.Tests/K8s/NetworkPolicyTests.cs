using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.K8s;

/// <summary>
/// The services reach only RabbitMQ, MongoDB (storage alone) and DNS, and only the monitoring namespace reaches them,
/// on their http port. Policies add up, so each path is checked over all the policies that select a service's pods.
/// </summary>
public class NetworkPolicyTests
{
    private static readonly YamlMap s_rabbitCluster = Yaml.Document(File.ReadAllText(Path.Combine(KubernetesManifests.Folder, "infrastructure", "rabbitmq-cluster.yaml")));
    private static readonly YamlMap s_mongo = Yaml.Document(File.ReadAllText(Path.Combine(KubernetesManifests.Folder, "infrastructure", "mongodb-replicaset.yaml")));

    public static TheoryData<string> Services => [.. ServiceProjects.ByName.Keys];

    [Theory]
    [MemberData(nameof(Services))]
    public void Pods_DeniedByDefault_BothWays(string name)
    {
        Assert.Contains(Selecting(name), policy =>
            policy.Map("spec").List("policyTypes").Select(t => t?.ToString()).Order().SequenceEqual(["Egress", "Ingress"])
            && !policy.Map("spec").Has("ingress") && !policy.Map("spec").Has("egress"));
    }

    [Theory]
    [InlineData("feed-watcher", false)]
    [InlineData("enrichment", false)]
    [InlineData("storage", true)]
    public void Egress_OnlyRabbitMqDnsAndForStorageMongoDb(string name, bool mongo)
    {
        var allowed = Selecting(name).SelectMany(policy => policy.Map("spec").Maps("egress")).SelectMany(Destinations).ToList();

        string rabbitPods = "app.kubernetes.io/name=" + s_rabbitCluster.At("metadata.name");
        string mongoPods = "app=" + s_mongo.At("metadata.name") + "-svc";
        string dns = "kube-system/k8s-app=kube-dns";
        Assert.Equal(
            new[] { $"{rabbitPods}:5671", $"{rabbitPods}:5672", $"{dns}:53/TCP", $"{dns}:53/UDP" }.Concat(mongo ? [$"{mongoPods}:27017"] : []).Order(StringComparer.Ordinal),
            allowed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Ingress_OnlyFromMonitoringOnTheHttpPort(string name)
    {
        var sources = Selecting(name).SelectMany(policy => policy.Map("spec").Maps("ingress")).ToList();

        YamlMap rule = Assert.Single(sources);
        YamlMap from = Assert.Single(rule.Maps("from"));
        Assert.Equal("monitoring", from.Map("namespaceSelector").Map("matchLabels").String("kubernetes.io/metadata.name"));
        YamlMap port = Assert.Single(rule.Maps("ports"));

        // The named port is the container's, which serves /metrics and /health.
        Assert.Equal(Assert.Single(KubernetesManifests.Container(name).Maps("ports")).String("name"), port.String("port"));
    }

    [Fact]
    public void Policies_SelectTheServicesOnly_NotTheBrokerOrTheDatabase()
    {
        Assert.All(KubernetesManifests.OfKind("NetworkPolicy"), policy =>
        {
            YamlMap labels = policy.Map("spec").Map("podSelector").Map("matchLabels");
            Assert.True(
                labels.String("app.kubernetes.io/part-of") == "ingestion" || ServiceProjects.ByName.ContainsKey(labels.String("app.kubernetes.io/name") ?? string.Empty),
                $"{policy.At("metadata.name")} selects pods other than the services'.");
        });
    }

    /// <summary>The policies whose pod selector matches the service's pod labels.</summary>
    private static IEnumerable<YamlMap> Selecting(string name)
    {
        YamlMap labels = KubernetesManifests.Workload(name).Map("spec").Map("template").Map("metadata").Map("labels");
        return KubernetesManifests.OfKind("NetworkPolicy").Where(policy =>
            policy.Map("spec").Map("podSelector").Map("matchLabels").Keys.All(key =>
                labels.String(key) == policy.Map("spec").Map("podSelector").Map("matchLabels").String(key)));
    }

    /// <summary>"selector:port[/protocol]" per allowed destination; the protocol is written for DNS only, where both count.</summary>
    private static IEnumerable<string> Destinations(YamlMap rule)
    {
        foreach (YamlMap to in rule.Maps("to"))
        {
            string pods = string.Join(",", to.Map("podSelector").Map("matchLabels").Keys.Select(key => key + "=" + to.Map("podSelector").Map("matchLabels").String(key)));
            string where = to.MapOrNull("namespaceSelector") is { } namespaces ? namespaces.Map("matchLabels").String("kubernetes.io/metadata.name") + "/" + pods : pods;
            foreach (YamlMap port in rule.Maps("ports"))
            {
                yield return port.String("port") == "53" ? $"{where}:53/{port.String("protocol")}" : $"{where}:{port.String("port")}";
            }
        }
    }
}
