using Ingestion.Deployment.Tests.Manifests;
using Ingestion.Enrichment.Consumers;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.Storage.Consumers;
using MassTransit;

namespace Ingestion.Deployment.Tests.K8s;

/// <summary>deploy/k8s agrees with the code and with docker-compose.yml: images, ports, names, probes, queues.</summary>
public class KubernetesManifestTests
{
    private static readonly YamlMap s_compose = Yaml.Document(RepositoryFiles.Read("docker-compose.yml"));

    public static TheoryData<string> Services => [.. ServiceProjects.ByName.Keys];

    [Theory]
    [MemberData(nameof(Services))]
    public void Container_Image_IsTheComposeImageWithoutItsTag(string name)
    {
        string composeImage = s_compose.Map("services").Map(name).String("image")!;

        Assert.Equal(composeImage.Split(':')[0], KubernetesManifests.Container(name).String("image"));
        Assert.Contains(KubernetesManifests.Kustomization.Maps("images"), image => image.String("name") == composeImage.Split(':')[0]);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Container_PortAndProbes_AreTheImagePortAndTheHealthEndpoints(string name)
    {
        YamlMap container = KubernetesManifests.Container(name);
        YamlMap port = Assert.Single(container.Maps("ports"));

        Assert.Equal(ServiceProjects.ImagePort().ToString(System.Globalization.CultureInfo.InvariantCulture), port.String("containerPort"));
        Assert.Equal(DefaultEndpointsExtensions.LivePath, container.At("livenessProbe.httpGet.path"));
        Assert.Equal(DefaultEndpointsExtensions.ReadyPath, container.At("readinessProbe.httpGet.path"));
        Assert.Equal(port.String("name"), container.At("livenessProbe.httpGet.port"));
        Assert.Equal(port.String("name"), container.At("readinessProbe.httpGet.port"));
        Assert.Equal(DefaultEndpointsExtensions.MetricsPath, KubernetesManifests.Workload(name).Map("spec").Map("template").Map("metadata").Map("annotations").String("prometheus.io/path"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Container_EnvironmentNames_AreConfigurationNamesOfTheCode(string name)
    {
        YamlMap container = KubernetesManifests.Container(name);
        IReadOnlyList<string> names = [.. container.Maps("env").Select(variable => variable.String("name")!)];
        IEnumerable<string> fromConfigMap = container.Maps("envFrom")
            .Select(source => source.At("configMapRef.name"))
            .SelectMany(configMap => KubernetesManifests.Named("ConfigMap", configMap!).Map("data").Keys);

        Assert.All(names.Concat(fromConfigMap), environmentName => Assert.True(ConfigurationNames.IsKnown(environmentName), $"{name}: '{environmentName}' is no configuration name of the services."));
        Assert.Contains(ConfigurationNames.RabbitMq, names);
        Assert.All(container.Maps("env").Where(variable => variable.MapOrNull("valueFrom")?.MapOrNull("secretKeyRef") is not null), variable => Assert.Equal("ingestion-secrets", variable.At("valueFrom.secretKeyRef.name")));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Workload_Hardening_NonRootReadOnlyWithLimitsAndADisruptionBudget(string name)
    {
        YamlMap container = KubernetesManifests.Container(name);

        Assert.Equal("true", KubernetesManifests.Workload(name).At("spec.template.spec.securityContext.runAsNonRoot"), ignoreCase: true);
        Assert.Equal("true", container.At("securityContext.readOnlyRootFilesystem"), ignoreCase: true);
        Assert.NotNull(container.At("resources.requests.cpu"));
        Assert.NotNull(container.At("resources.requests.memory"));
        Assert.NotNull(container.At("resources.limits.cpu"));
        Assert.NotNull(container.At("resources.limits.memory"));
        Assert.Contains(container.Maps("volumeMounts"), mount => mount.String("mountPath") == "/tmp");
        Assert.Contains(KubernetesManifests.OfKind("PodDisruptionBudget"), budget => budget.Map("spec").Map("selector").Map("matchLabels").String("app.kubernetes.io/name") == name);
    }

    [Fact]
    public void FeedWatcher_InstanceId_IsThePodsStableName()
    {
        YamlMap instance = Assert.Single(KubernetesManifests.Container("feed-watcher").Maps("env"), variable => variable.String("name") == ConfigurationNames.FeedInstanceId);

        Assert.Equal("StatefulSet", KubernetesManifests.Workload("feed-watcher").String("kind"));
        Assert.Equal("metadata.name", instance.At("valueFrom.fieldRef.fieldPath"));
        Assert.Contains(KubernetesManifests.Container("feed-watcher").Maps("env"), variable => variable.String("name") == ConfigurationNames.FeedPath);
    }

    [Fact]
    public void Storage_Articles_ComeFromTheSecret()
    {
        YamlMap articles = Assert.Single(KubernetesManifests.Container("storage").Maps("env"), variable => variable.String("name") == ConfigurationNames.Articles);
        Assert.Equal("ingestion-secrets", articles.At("valueFrom.secretKeyRef.name"));
    }

    [Theory]
    [InlineData("enrichment", typeof(ArticleDiscoveredConsumer))]
    [InlineData("storage", typeof(ArticleEnrichedConsumer))]
    public void ScaledObject_Queue_IsTheEndpointMassTransitDeclaresForTheConsumer(string name, Type consumer)
    {
        YamlMap scaled = KubernetesManifests.Named("ScaledObject", name);
        YamlMap trigger = Assert.Single(scaled.Map("spec").Maps("triggers"));

        // The same formatter the bus uses (SetKebabCaseEndpointNameFormatter).
        string queue = (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!.MakeGenericMethod(consumer).Invoke(KebabCaseEndpointNameFormatter.Instance, null)!;
        Assert.Equal(queue, trigger.At("metadata.queueName"));
        Assert.Equal("rabbitmq", trigger.String("type"));
        Assert.Equal("Deployment", KubernetesManifests.Workload(scaled.At("spec.scaleTargetRef.name")!).String("kind"));
        Assert.Equal(name, scaled.At("spec.scaleTargetRef.name"));
        YamlMap authentication = KubernetesManifests.Named("TriggerAuthentication", trigger.At("authenticationRef.name")!);
        Assert.Equal("ingestion-secrets", Assert.Single(authentication.Map("spec").Maps("secretTargetRef")).String("name"));
    }

    [Fact]
    public void QuorumQueues_AreOnInTheCluster()
    {
        Assert.Equal("true", KubernetesManifests.Named("ConfigMap", "ingestion-config").Map("data").String(ConfigurationNames.UseQuorumQueues));
    }

    [Fact]
    public void Infrastructure_Images_AgreeWithCompose()
    {
        YamlMap rabbit = Yaml.Document(File.ReadAllText(Path.Combine(KubernetesManifests.Folder, "infrastructure", "rabbitmq-cluster.yaml")));
        YamlMap mongo = Yaml.Document(File.ReadAllText(Path.Combine(KubernetesManifests.Folder, "infrastructure", "mongodb-replicaset.yaml")));
        YamlMap services = s_compose.Map("services");

        Assert.Equal(services.Map("rabbitmq").String("image"), rabbit.At("spec.image"));
        Assert.Contains("rabbitmq_prometheus", rabbit.Map("spec").Map("rabbitmq").List("additionalPlugins").Select(p => p?.ToString()));
        Assert.StartsWith(services.Map("mongo").String("image")!.Split(':')[1] + ".", mongo.At("spec.version"), StringComparison.Ordinal);
        Assert.Equal("ReplicaSet", mongo.At("spec.type"));
    }
}
